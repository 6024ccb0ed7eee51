namespace CollectiveAlignment.Aggregation.Ballots;

/// <summary>A score ballot: an integer score per candidate, or blank (<c>null</c>). Immutable; equality is by content.</summary>
public sealed class ScoreBallot : IEquatable<ScoreBallot>
{
    private readonly int?[] _scores;

    /// <summary>Creates a ballot; <paramref name="scores"/>[c] is candidate c's score or null when left blank.</summary>
    public ScoreBallot(IEnumerable<int?> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        _scores = [.. scores];
    }

    /// <summary>Number of candidates the ballot is over.</summary>
    public int CandidateCount => _scores.Length;

    /// <summary>The scores per candidate (null = blank).</summary>
    public IReadOnlyList<int?> Scores => _scores;

    /// <summary>Candidate <paramref name="candidate"/>'s score, or null when blank.</summary>
    public int? ScoreOf(int candidate) => _scores[candidate];

    /// <inheritdoc />
    public bool Equals(ScoreBallot? other) => other is not null && _scores.AsSpan().SequenceEqual(other._scores);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoreBallot);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var s in _scores)
        {
            hash.Add(s);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    internal int CompareTo(ScoreBallot? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Min(_scores.Length, other._scores.Length); i++)
        {
            // Blank sorts before any score.
            var a = _scores[i] ?? int.MinValue;
            var b = other._scores[i] ?? int.MinValue;
            if (a != b)
            {
                return a.CompareTo(b);
            }
        }

        return _scores.Length.CompareTo(other._scores.Length);
    }
}
