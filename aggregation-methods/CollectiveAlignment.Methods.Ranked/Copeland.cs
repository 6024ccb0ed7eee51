namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Copeland: a candidate scores 1 for each pairwise majority win and ½ for each pairwise tie; the highest score wins.
/// </summary>
/// <remarks>
/// Tie rule: all candidates with the highest score win. Truncation: ballots are read through the profile's pairwise matrix
/// (unranked candidates tied at the bottom by default, or incomparable).
/// Citation: Copeland, "A 'reasonable' social welfare function", University of Michigan seminar notes (1951); Saari and
/// Merlin, "The Copeland method I", Economic Theory 8 (1996). <see href="https://doi.org/10.1007/BF01212012"/>
/// </remarks>
[AggregationMethod("copeland", Version = 1)]
public sealed class Copeland : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Copeland",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "One point per pairwise win, half per pairwise tie; highest wins.",
        TieRule = Conventions.FullTieSet,
        TruncationRule = Conventions.PairwiseTruncation,
        Citation = "Copeland, A 'reasonable' social welfare function (1951); Saari and Merlin, The Copeland method I, Econ. Theory 8 (1996) 51-76.",
        Claims = Claims.Make([Axiom.CondorcetWinner, Axiom.CondorcetLoser, Axiom.Pareto, Axiom.Monotonicity, Axiom.MajorityWinner], [Axiom.CloneIndependence]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <summary>Scores: <paramref name="tiePoints"/> per tie, 1 per win.</summary>
    internal static double[] Scores(PairwiseMatrix m, double tiePoints)
    {
        var n = m.CandidateCount;
        var scores = new double[n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                if (a == b)
                {
                    continue;
                }

                var margin = m.Margin(a, b);
                scores[a] += margin > 0 ? 1 : margin == 0 ? tiePoints : 0;
            }
        }

        return scores;
    }

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var scores = Scores(profile.Matrix, 0.5);
        return AggregationResult.FromScores(scores, true, new CompositeExplanation("Candidates ranked by Copeland score.",
            [new ScoreTallyExplanation("Pairwise wins plus half the ties.", "Copeland score", true, scores), new PairwiseMarginsExplanation("Pairwise margins.", profile.Matrix.MarginRows())]));
    }
}
