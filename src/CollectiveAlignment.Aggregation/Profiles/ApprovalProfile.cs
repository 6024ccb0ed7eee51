using CollectiveAlignment.Aggregation.Ballots;

namespace CollectiveAlignment.Aggregation.Profiles;

/// <summary>A compressed profile of approval ballots.</summary>
public sealed class ApprovalProfile : Profile<ApprovalBallot>
{
    /// <summary>Creates a profile from weighted ballots (identical ballots are merged).</summary>
    public ApprovalProfile(CandidateSet candidates, IEnumerable<WeightedBallot<ApprovalBallot>> ballots)
        : base(candidates, ballots, b => b.CandidateCount, (x, y) => x.CompareTo(y))
    {
    }

    /// <summary>Creates a profile with one voter of weight 1 per ballot.</summary>
    public ApprovalProfile(CandidateSet candidates, IEnumerable<ApprovalBallot> ballots)
        : this(candidates, Unweighted(ballots))
    {
    }

    /// <inheritdoc />
    public override BallotKind Kind => BallotKind.Approval;
}
