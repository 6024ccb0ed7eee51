namespace CollectiveAlignment.Methods.Cardinal;

/// <summary>
/// Score (range) voting: each voter scores every candidate on a bounded scale; the candidates with the highest total (or
/// average) score win.
/// </summary>
/// <remarks>
/// Tie rule: all candidates with the highest total (average) win. Blank scores (parameter <c>blank</c>): <c>minimum</c> (default)
/// counts a blank as the lowest score of the scale and ranks by total; <c>ignore</c> leaves blanks out and ranks by the average
/// of the scores given (a candidate nobody scored gets the scale minimum).
/// Citation: Smith, "Range voting" (2000); Laslier and Sanver (eds.), Handbook on Approval Voting, Springer (2010), ch. 1.
/// </remarks>
[AggregationMethod("score", Version = 1)]
public sealed class Score : IScoreMethod
{
    /// <summary>How blank scores count.</summary>
    public static readonly ParameterDescriptor Blank = ParameterDescriptor.Choice(
        "blank", "minimum", ["minimum", "ignore"], "'minimum' counts a blank as the lowest score (rank by total); 'ignore' ranks by the average of given scores.");

    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Score (range) voting",
        Family = CardinalClaims.Family,
        BallotKind = BallotKind.Score,
        Summary = "Highest total (or average) score wins.",
        TieRule = "All candidates with the highest total (average) win.",
        TruncationRule = "Parameter 'blank': 'minimum' (default) counts a blank as the scale minimum; 'ignore' averages the given scores.",
        Citation = "Smith, Range voting (2000); Laslier and Sanver (eds.), Handbook on Approval Voting, Springer (2010).",
        Parameters = [Blank],
        Claims = CardinalClaims.Make(Axiom.Monotonicity),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <summary>Total scores with blanks counted as the scale minimum (shared with STAR).</summary>
    internal static double[] Totals(ScoreProfile profile)
    {
        var totals = new double[profile.Candidates.Count];
        foreach (var b in profile.Ballots)
        {
            for (var c = 0; c < totals.Length; c++)
            {
                totals[c] += b.Weight * (b.Ballot.ScoreOf(c) ?? profile.Minimum);
            }
        }

        return totals;
    }

    /// <inheritdoc />
    public AggregationResult Aggregate(ScoreProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var ignore = parameters.GetString(Blank) == "ignore";
        var n = profile.Candidates.Count;
        if (!ignore)
        {
            var totals = Totals(profile);
            return AggregationResult.FromScores(totals, true, new ScoreTallyExplanation("Candidates ranked by total score (blank = minimum).", "total score", true, totals));
        }

        var sum = new double[n];
        var weight = new double[n];
        foreach (var b in profile.Ballots)
        {
            for (var c = 0; c < n; c++)
            {
                if (b.Ballot.ScoreOf(c) is { } s)
                {
                    sum[c] += b.Weight * s;
                    weight[c] += b.Weight;
                }
            }
        }

        var averages = Enumerable.Range(0, n).Select(c => weight[c] > 0 ? sum[c] / weight[c] : profile.Minimum).ToArray();
        return AggregationResult.FromScores(averages, true, new ScoreTallyExplanation("Candidates ranked by average of given scores.", "average score", true, averages));
    }
}
