using CollectiveAlignment.Aggregation.Ballots;

namespace CollectiveAlignment.Aggregation.Profiles;

/// <summary>A compressed profile of statement votes (the candidates are the statements).</summary>
public sealed class StatementVoteProfile : Profile<StatementVoteBallot>
{
    /// <summary>Creates a profile from weighted ballots (identical ballots are merged).</summary>
    public StatementVoteProfile(CandidateSet statements, IEnumerable<WeightedBallot<StatementVoteBallot>> ballots)
        : base(statements, ballots, b => b.CandidateCount, (x, y) => x.CompareTo(y))
    {
    }

    /// <summary>Creates a profile with one participant of weight 1 per ballot.</summary>
    public StatementVoteProfile(CandidateSet statements, IEnumerable<StatementVoteBallot> ballots)
        : this(statements, Unweighted(ballots))
    {
    }

    /// <inheritdoc />
    public override BallotKind Kind => BallotKind.StatementVote;
}
