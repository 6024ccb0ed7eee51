namespace CollectiveAlignment.Aggregation.Ballots;

/// <summary>An approval ballot: the set of approved candidates. Immutable; equality is by content.</summary>
public sealed class ApprovalBallot : IEquatable<ApprovalBallot>
{
    private readonly int[] _approved;

    /// <summary>Creates a ballot approving <paramref name="approved"/> among <paramref name="candidateCount"/> candidates.</summary>
    /// <exception cref="ArgumentException">A candidate is out of range or repeated.</exception>
    public ApprovalBallot(int candidateCount, IEnumerable<int> approved)
    {
        ArgumentNullException.ThrowIfNull(approved);
        _approved = [.. approved.Order()];
        for (var i = 0; i < _approved.Length; i++)
        {
            if ((uint)_approved[i] >= (uint)candidateCount)
            {
                throw new ArgumentException($"Candidate index {_approved[i]} is outside 0..{candidateCount - 1}.", nameof(approved));
            }

            if (i > 0 && _approved[i] == _approved[i - 1])
            {
                throw new ArgumentException($"Candidate index {_approved[i]} is approved twice.", nameof(approved));
            }
        }

        CandidateCount = candidateCount;
    }

    /// <summary>Number of candidates the ballot is over.</summary>
    public int CandidateCount { get; }

    /// <summary>The approved candidates, ascending.</summary>
    public IReadOnlyList<int> Approved => _approved;

    /// <summary>Whether <paramref name="candidate"/> is approved.</summary>
    public bool Approves(int candidate) => Array.BinarySearch(_approved, candidate) >= 0;

    /// <inheritdoc />
    public bool Equals(ApprovalBallot? other) => other is not null && CandidateCount == other.CandidateCount && _approved.AsSpan().SequenceEqual(other._approved);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ApprovalBallot);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var c in _approved)
        {
            hash.Add(c);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    internal int CompareTo(ApprovalBallot? other) => other is null ? 1 : _approved.AsSpan().SequenceCompareTo(other._approved);
}
