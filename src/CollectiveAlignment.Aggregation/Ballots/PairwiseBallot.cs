namespace CollectiveAlignment.Aggregation.Ballots;

/// <summary>A set of pairwise comparisons by one participant. Immutable; equality by content (comparisons are kept in canonical order).</summary>
public sealed class PairwiseBallot : IEquatable<PairwiseBallot>
{
    private readonly PairwiseComparison[] _comparisons;

    /// <summary>Creates a ballot; a tie is stored with the lower index first so equal ballots compare equal.</summary>
    /// <exception cref="ArgumentException">A candidate is out of range, or a candidate is compared with itself.</exception>
    public PairwiseBallot(int candidateCount, IEnumerable<PairwiseComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        var list = new List<PairwiseComparison>();
        foreach (var c in comparisons)
        {
            if ((uint)c.First >= (uint)candidateCount || (uint)c.Second >= (uint)candidateCount || c.First == c.Second)
            {
                throw new ArgumentException($"Invalid comparison {c.First} vs {c.Second} over {candidateCount} candidates.", nameof(comparisons));
            }

            list.Add(c.IsTie && c.First > c.Second ? new PairwiseComparison(c.Second, c.First, true) : c);
        }

        list.Sort((x, y) => (x.First, x.Second, x.IsTie).CompareTo((y.First, y.Second, y.IsTie)));
        _comparisons = [.. list];
        CandidateCount = candidateCount;
    }

    /// <summary>Number of candidates the ballot is over.</summary>
    public int CandidateCount { get; }

    /// <summary>The comparisons in canonical order.</summary>
    public IReadOnlyList<PairwiseComparison> Comparisons => _comparisons;

    /// <inheritdoc />
    public bool Equals(PairwiseBallot? other) => other is not null && _comparisons.AsSpan().SequenceEqual(other._comparisons);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PairwiseBallot);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var c in _comparisons)
        {
            hash.Add(c);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    internal int CompareTo(PairwiseBallot? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Min(_comparisons.Length, other._comparisons.Length); i++)
        {
            var a = _comparisons[i];
            var b = other._comparisons[i];
            var cmp = (a.First, a.Second, a.IsTie).CompareTo((b.First, b.Second, b.IsTie));
            if (cmp != 0)
            {
                return cmp;
            }
        }

        return _comparisons.Length.CompareTo(other._comparisons.Length);
    }
}
