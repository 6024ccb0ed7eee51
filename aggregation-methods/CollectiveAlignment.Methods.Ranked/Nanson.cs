namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Nanson's method: repeatedly eliminate every continuing candidate whose Borda score is below the average, until all
/// continuing candidates have the same score.
/// </summary>
/// <remarks>
/// The Borda score is the symmetric one (sum of margins against continuing candidates), whose average is 0. Tie rule: when no
/// candidate is below average, every continuing candidate wins. Truncation: ballots are read through the profile's pairwise matrix (unranked candidates tied at the bottom by default, or incomparable).
/// Citation: Nanson, "Methods of election", Transactions and Proceedings of the Royal Society of Victoria 19 (1882) 197-240;
/// Niou, "A note on Nanson's rule", Public Choice 54 (1987). <see href="https://doi.org/10.1007/BF00123006"/>
/// </remarks>
[AggregationMethod("nanson", Version = 1)]
public sealed class Nanson : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Nanson",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "Repeatedly eliminate every candidate with a below-average Borda score.",
        TieRule = "When no continuing candidate is below average (all equal), all continuing candidates win.",
        TruncationRule = Conventions.PairwiseTruncation,
        Citation = "Nanson, Methods of election, Trans. Proc. R. Soc. Victoria 19 (1882) 197-240; Niou, Public Choice 54 (1987) 191-193.",
        Claims = Claims.Make([Axiom.CondorcetWinner, Axiom.CondorcetLoser, Axiom.Pareto, Axiom.MajorityWinner], [Axiom.Monotonicity]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var m = profile.Matrix;
        return Elimination.Run(
            profile.Candidates.Count,
            active => Tally.MarginBorda(m, active),
            (_, _) => null,
            (active, t) =>
            {
                var below = Enumerable.Range(0, t.Length).Where(c => active[c] && t[c] < 0 && !Tally.Near(t[c], 0)).ToList();
                return below.Count == 0 ? [.. Enumerable.Range(0, t.Length).Where(c => active[c])] : below;
            },
            w => $"Nanson elects {Tally.Names(profile.Candidates, w)}.",
            "Borda score (sum of margins)",
            cancellationToken);
    }
}
