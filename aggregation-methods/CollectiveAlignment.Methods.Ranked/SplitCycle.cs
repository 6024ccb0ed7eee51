using CollectiveAlignment.Methods.Ranked.Explanations;

namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Split cycle: a defeats b when a's margin over b is positive and larger than the weakest margin of every majority cycle
/// containing a→b (equivalently, larger than the strongest path from b back to a); the winners are the undefeated candidates.
/// </summary>
/// <remarks>
/// Tie rule: every undefeated candidate wins (the set is never empty). Truncation: ballots are read through the profile's
/// pairwise matrix (unranked candidates tied at the bottom by default, or incomparable).
/// Citation: Holliday and Pacuit, "Split Cycle: a new Condorcet-consistent voting method independent of clones and immune to
/// spoilers", Public Choice 197 (2023) 1-62. <see href="https://doi.org/10.1007/s11127-023-01042-3"/>
/// </remarks>
[AggregationMethod("split-cycle", Version = 1)]
public sealed class SplitCycle : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Split cycle",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "Discard the weakest margins in each majority cycle; elect the undefeated.",
        TieRule = "Every undefeated candidate wins.",
        TruncationRule = Conventions.PairwiseTruncation,
        Citation = "Holliday and Pacuit, Split Cycle, Public Choice 197 (2023) 1-62.",
        Claims = Claims.Make([Axiom.CondorcetWinner, Axiom.CondorcetLoser, Axiom.Pareto, Axiom.Monotonicity, Axiom.CloneIndependence, Axiom.MajorityWinner], []),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var n = profile.Candidates.Count;
        var m = profile.Matrix;
        var p = Tally.WidestPaths(m);
        var defeated = new bool[n];
        var defeats = new List<Defeat>();
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                var margin = a == b ? 0 : m.Margin(a, b);
                if (margin > 0 && margin > p[b, a])
                {
                    defeated[b] = true;
                    defeats.Add(new Defeat(a, b, margin));
                }
            }
        }

        var winners = Enumerable.Range(0, n).Where(c => !defeated[c]).ToList();
        return new AggregationResult(winners, new DefeatGraphExplanation(
            $"Defeats surviving the cycle split (strength = margin); undefeated: {Tally.Names(profile.Candidates, winners)}.", defeats, m.MarginRows()));
    }
}
