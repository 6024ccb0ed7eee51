using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;
using CollectiveAlignment.Methods.Consensus.OpinionGroups;

namespace CollectiveAlignment.Methods.Consensus.Catalog;

/// <summary>
/// Group-informed consensus (Polis): each statement scores Π_g (A_g+1)/(S_g+2) over the opinion groups, A_g the agrees and
/// S_g the participants of group g who saw it, so a statement ranks high only when every group tends to agree with it.
/// </summary>
/// <remarks>
/// <para>Tie rule: statements with equal scores (to 9 decimals) share a tier; every statement of the top tier is a winner.</para>
/// <para>Citation: Small et al. 2021, "Polis: Scaling Deliberation by Mapping High Dimensional Opinion Spaces", Recerca 26(2);
/// the group-aware consensus of the Polis math code. Groups come from <see cref="OpinionGroupsMethod"/>'s analysis.</para>
/// </remarks>
[AggregationMethod("group-informed-consensus", Version = 1)]
public sealed class GroupInformedConsensusMethod : IStatementVoteMethod
{
    /// <inheritdoc />
    public MethodMetadata Metadata { get; } = new()
    {
        DisplayName = "Group-informed consensus (Polis)",
        Family = "consensus",
        BallotKind = BallotKind.StatementVote,
        Summary = "Ranks statements by the product over opinion groups of each group's smoothed agree rate, (A_g+1)/(S_g+2).",
        TieRule = "Statements with equal group-informed consensus (to 9 decimals) share a tier and are all winners.",
        TruncationRule = "An unseen statement does not count in S_g; a pass counts as seen but not agreed. Weights are ignored: each participant counts once.",
        Citation = "Small, Bjorkegren, Erkkilä, Shaw & Megill 2021, \"Polis: Scaling Deliberation by Mapping High Dimensional Opinion Spaces\", Recerca 26(2).",
        EmptyProfileSummary = "No statements.",
        Parameters = OpinionGroupParameters.All,
        Claims = new Dictionary<Axiom, Claim> { [Axiom.Anonymity] = Claim.Satisfies },
    };

    /// <inheritdoc />
    public AggregationResult Aggregate(StatementVoteProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var options = OpinionGroupParameters.ToOptions(parameters);
        cancellationToken.ThrowIfCancellationRequested();
        var (matrix, _) = StatementVoteConversion.ToMatrix(profile);
        var analysis = OpinionGroupAnalysis.Analyze(matrix, options);
        var summary = $"Product over {analysis.GroupCount} opinion group(s) of each group's smoothed agree rate; higher means agreement across groups.";
        return AggregationResult.FromScores(analysis.GroupInformedConsensus, true, new ScoreTallyExplanation(summary, "group-informed consensus", true, analysis.GroupInformedConsensus));
    }
}
