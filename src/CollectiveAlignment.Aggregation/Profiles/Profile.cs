using CollectiveAlignment.Aggregation.Ballots;

namespace CollectiveAlignment.Aggregation.Profiles;

/// <summary>An immutable set of ballots over named candidates, of one <see cref="BallotKind"/>.</summary>
public abstract class Profile
{
    private protected Profile(CandidateSet candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        Candidates = candidates;
    }

    /// <summary>The candidates (or statements).</summary>
    public CandidateSet Candidates { get; }

    /// <summary>The ballot kind this profile holds.</summary>
    public abstract BallotKind Kind { get; }

    /// <summary>Number of voters (sum of counts).</summary>
    public abstract long VoterCount { get; }

    /// <summary>Total voter weight.</summary>
    public abstract double TotalWeight { get; }

    /// <summary>Number of distinct ballots after compression.</summary>
    public abstract int DistinctBallotCount { get; }
}
