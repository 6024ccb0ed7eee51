using System.Globalization;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;
using CollectiveAlignment.Methods.Consensus.Explanations;
using CollectiveAlignment.Methods.Consensus.OpinionGroups;

namespace CollectiveAlignment.Methods.Consensus.Catalog;

/// <summary>
/// Polis opinion groups: PCA of the agree/disagree/pass matrix, two-level k-means with k chosen by silhouette, each group's
/// representative statements, and the statements ranked by group-informed consensus Π_g (A_g+1)/(S_g+2). The explanation
/// carries every distinct ballot's group and opinion-map position and each group's representative statements.
/// </summary>
/// <remarks>
/// <para>Tie rule: statements whose group-informed consensus is equal (to 9 decimals) share a tier; every statement in the
/// top tier is a winner. The clustering itself has no ties left open: groups are numbered by decreasing size, ties to the
/// group holding the earliest participant in canonical ballot order.</para>
/// <para>Citation: Small, Bjorkegren, Erkkilä, Shaw &amp; Megill 2021, "Polis: Scaling Deliberation by Mapping High
/// Dimensional Opinion Spaces", Recerca 26(2); the Polis math code (<c>polismath/math</c>), re-implemented.</para>
/// </remarks>
[AggregationMethod("opinion-groups", Version = 1)]
public sealed class OpinionGroupsMethod : IStatementVoteMethod
{
    /// <inheritdoc />
    public MethodMetadata Metadata { get; } = new()
    {
        DisplayName = "Opinion groups (Polis)",
        Family = "consensus",
        BallotKind = BallotKind.StatementVote,
        Summary = "Clusters participants into opinion groups (PCA, k-means, silhouette), lists each group's representative statements and ranks statements by group-informed consensus.",
        TieRule = "Statements with equal group-informed consensus (to 9 decimals) share a tier and are all winners; groups are numbered by decreasing size, ties to the group with the earliest participant.",
        TruncationRule = "An unseen statement is missing (imputed by the column mean in the PCA), a pass counts as seen; participants with fewer than min-votes votes get group -1. Weights are ignored: each participant counts once.",
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
        var (matrix, ballotOf) = StatementVoteConversion.ToMatrix(profile);
        var analysis = OpinionGroupAnalysis.Analyze(matrix, options);
        return AggregationResult.FromScores(analysis.GroupInformedConsensus, true, Explain(profile, analysis, ballotOf));
    }

    /// <summary>Builds the opinion-groups explanation; one ballot entry per distinct ballot, from its first participant.</summary>
    internal static OpinionGroupsExplanation Explain(StatementVoteProfile profile, OpinionGroupResult analysis, int[] ballotOf)
    {
        var first = new int[profile.Ballots.Count];
        Array.Fill(first, -1);
        for (var p = ballotOf.Length - 1; p >= 0; p--)
        {
            first[ballotOf[p]] = p;
        }

        var ballots = Enumerable.Range(0, profile.Ballots.Count).Select(b => first[b] < 0
            ? new OpinionGroupBallot(profile.Ballots[b].Count, -1, 0, 0)
            : new OpinionGroupBallot(profile.Ballots[b].Count, analysis.GroupOf[first[b]], analysis.ParticipantPositions[first[b]].X, analysis.ParticipantPositions[first[b]].Y)).ToArray();
        var groups = Enumerable.Range(0, analysis.GroupCount).Select(g => new OpinionGroup(
            analysis.GroupSizes[g],
            [.. analysis.RepresentativeStatements[g].Select(r => new GroupRepresentative(r.Statement, r.Direction == RepnessDirection.Agree, r.Probability, r.Repness, r.RepnessTest))])).ToArray();
        var top = analysis.ConsensusRanking.Count > 0 ? profile.Candidates[analysis.ConsensusRanking[0]] : "none";
        var summary = string.Create(CultureInfo.InvariantCulture, $"{analysis.GroupCount} opinion group(s) of sizes {string.Join("/", analysis.GroupSizes)}; statements ranked by group-informed consensus, highest '{top}'.");
        return new OpinionGroupsExplanation(summary, groups, ballots, analysis.GroupInformedConsensus);
    }
}
