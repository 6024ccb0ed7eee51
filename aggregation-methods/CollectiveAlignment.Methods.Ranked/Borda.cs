namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Borda count: on each ballot a candidate scores one point per candidate ranked strictly below it, plus half a point per
/// candidate tied with it; the highest total wins. On complete strict ballots this is the classical m−1, m−2, …, 0 scoring.
/// </summary>
/// <remarks>
/// Tie rule: all candidates with the highest total win. Truncation (parameter <c>unranked</c>): <c>average</c> (default) —
/// unranked candidates are tied at the bottom and share the remaining points; <c>zero</c> — unranked candidates get no points
/// (ranked candidates still score for the unranked ones below them).
/// Citation: J.-C. de Borda, "Mémoire sur les élections au scrutin", Histoire de l'Académie Royale des Sciences, 1781;
/// for truncated ballots see Emerson, "The original Borda count and partial voting", Social Choice and Welfare 40 (2013).
/// <see href="https://doi.org/10.1007/s00355-011-0603-9"/>
/// </remarks>
[AggregationMethod("borda", Version = 1)]
public sealed class Borda : IRankedMethod
{
    /// <summary>How unranked candidates score.</summary>
    public static readonly ParameterDescriptor Unranked = ParameterDescriptor.Choice(
        "unranked", "average", ["average", "zero"], "Points for unranked candidates: 'average' shares the remaining points, 'zero' gives none.");

    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Borda count",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "One point per candidate ranked below, half a point per candidate tied; highest total wins.",
        TieRule = Conventions.FullTieSet,
        TruncationRule = "Parameter 'unranked': 'average' (default) ties unranked candidates at the bottom sharing the remaining points; 'zero' gives them none.",
        Citation = "de Borda, Mémoire sur les élections au scrutin (1781); Emerson, The original Borda count and partial voting, Soc. Choice Welf. 40 (2013).",
        Parameters = [Unranked],
        Claims = Claims.Make([Axiom.Pareto, Axiom.Monotonicity, Axiom.CondorcetLoser], [Axiom.CondorcetWinner, Axiom.MajorityWinner, Axiom.CloneIndependence]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <summary>Borda scores per candidate under the given unranked convention (shared by Black's fallback).</summary>
    public static double[] Scores(RankedProfile profile, bool unrankedZero)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var n = profile.Candidates.Count;
        return Tally.ByParts(profile, (store, from, to, scores) =>
        {
            var weights = store.Weights;
            for (var b = from; b < to; b++)
            {
                var order = store.OrderOf(b);
                var w = weights[b];
                var below = n;
                if (store.AllStrict)
                {
                    // The tier loop below with one candidate per tier: the same products, without the tie arithmetic.
                    foreach (var c in order)
                    {
                        below--;
                        scores[c] += w * below;
                    }
                }
                else
                {
                    var bounds = store.TierBoundsOf(b);
                    for (var t = 0; t < bounds.Length - 1; t++)
                    {
                        var size = bounds[t + 1] - bounds[t];
                        below -= size;
                        var points = below + ((size - 1) / 2.0);
                        for (var i = bounds[t]; i < bounds[t + 1]; i++)
                        {
                            scores[order[i]] += w * points;
                        }
                    }
                }

                if (below > 0 && !unrankedZero)
                {
                    var points = (below - 1) / 2.0;
                    var ranks = store.RanksOf(b);
                    for (var c = 0; c < n; c++)
                    {
                        if (ranks[c] == RankedBallot.Unranked)
                        {
                            scores[c] += w * points;
                        }
                    }
                }
            }
        });
    }

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var zero = parameters.GetString(Unranked) == "zero";
        var scores = Scores(profile, zero);
        return AggregationResult.FromScores(scores, true, new ScoreTallyExplanation("Candidates ranked by Borda points.", "Borda points", true, scores));
    }
}
