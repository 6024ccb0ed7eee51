using CollectiveAlignment.Methods.Ranked.Explanations;

namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Schulze (beat-path): the strength of a path is its weakest margin; p[a,b] is the strongest path from a to b over positive
/// margins; a defeats b when p[a,b] &gt; p[b,a]; the winners are the candidates no one defeats.
/// </summary>
/// <remarks>
/// Strength is measured by margins. The defeat relation is transitive, so the ranking takes the undefeated candidates, removes
/// them and repeats. Tie rule: every undefeated candidate wins. Truncation: ballots are read through the profile's pairwise
/// matrix (unranked candidates tied at the bottom by default, or incomparable).
/// Citation: Schulze, "A new monotonic, clone-independent, reversal symmetric, and Condorcet-consistent single-winner election
/// method", Social Choice and Welfare 36 (2011) 267-303. <see href="https://doi.org/10.1007/s00355-010-0475-4"/>
/// </remarks>
[AggregationMethod("schulze", Version = 1)]
public sealed class Schulze : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Schulze (beat-path)",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "Elect the candidates not beaten on strongest paths of pairwise margins.",
        TieRule = "Every candidate not defeated on strongest paths wins.",
        TruncationRule = Conventions.PairwiseTruncation,
        Citation = "Schulze, Social Choice and Welfare 36 (2011) 267-303.",
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
        bool Defeats(int a, int b) => p[a, b] > p[b, a];
        var ranking = Tally.TiersOf(n, Defeats);
        var defeats = new List<Defeat>();
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                if (a != b && Defeats(a, b))
                {
                    defeats.Add(new Defeat(a, b, p[a, b]));
                }
            }
        }

        return new AggregationResult(ranking[0], new DefeatGraphExplanation(
            $"Strongest-path defeats (strength = weakest margin on the path); undefeated: {Tally.Names(profile.Candidates, ranking[0])}.", defeats, m.MarginRows()), ranking);
    }
}
