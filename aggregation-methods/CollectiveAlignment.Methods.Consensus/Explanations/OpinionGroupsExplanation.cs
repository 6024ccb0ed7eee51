using CollectiveAlignment.Aggregation.Results;

namespace CollectiveAlignment.Methods.Consensus.Explanations;

/// <summary>
/// A Polis-style opinion-group analysis of statement votes: the groups with their representative statements, where every
/// distinct ballot sits on the two-dimensional opinion map and which group it joined, and the group-informed consensus of
/// every statement (the ranking criterion).
/// </summary>
[ExplanationWriter(typeof(OpinionGroupsExplanationWriter))]
public sealed record OpinionGroupsExplanation : Explanation
{
    /// <summary>Creates the explanation.</summary>
    public OpinionGroupsExplanation(string summary, IReadOnlyList<OpinionGroup> groups, IReadOnlyList<OpinionGroupBallot> ballots, IReadOnlyList<double> consensus)
        : base(summary)
    {
        Groups = groups;
        Ballots = ballots;
        Consensus = consensus;
    }

    /// <summary>The groups, numbered by decreasing size.</summary>
    public IReadOnlyList<OpinionGroup> Groups { get; }

    /// <summary>One entry per distinct ballot, in the profile's canonical ballot order.</summary>
    public IReadOnlyList<OpinionGroupBallot> Ballots { get; }

    /// <summary>Group-informed consensus Π_g (A_g+1)/(S_g+2) per statement, by candidate index.</summary>
    public IReadOnlyList<double> Consensus { get; }
}
