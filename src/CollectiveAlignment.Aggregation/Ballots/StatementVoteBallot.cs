namespace CollectiveAlignment.Aggregation.Ballots;

/// <summary>One participant's votes on statements: agree, disagree, pass, or <c>null</c> (not seen). Immutable; equality by content.</summary>
public sealed class StatementVoteBallot : IEquatable<StatementVoteBallot>
{
    private readonly StatementVote?[] _votes;

    /// <summary>Creates a ballot; <paramref name="votes"/>[s] is the vote on statement s or null when not seen.</summary>
    public StatementVoteBallot(IEnumerable<StatementVote?> votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        _votes = [.. votes];
    }

    /// <summary>Number of statements the ballot is over.</summary>
    public int CandidateCount => _votes.Length;

    /// <summary>The votes per statement.</summary>
    public IReadOnlyList<StatementVote?> Votes => _votes;

    /// <inheritdoc />
    public bool Equals(StatementVoteBallot? other) => other is not null && _votes.AsSpan().SequenceEqual(other._votes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StatementVoteBallot);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var v in _votes)
        {
            hash.Add(v);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    internal int CompareTo(StatementVoteBallot? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Min(_votes.Length, other._votes.Length); i++)
        {
            var a = _votes[i] is { } x ? (int)x : -1;
            var b = other._votes[i] is { } y ? (int)y : -1;
            if (a != b)
            {
                return a.CompareTo(b);
            }
        }

        return _votes.Length.CompareTo(other._votes.Length);
    }
}
