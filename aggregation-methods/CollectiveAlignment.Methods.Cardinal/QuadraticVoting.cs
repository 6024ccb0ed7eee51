using System.Globalization;

namespace CollectiveAlignment.Methods.Cardinal;

/// <summary>
/// Quadratic voting: each voter spends voice credits on candidates; spending c credits buys √c votes (a negative allocation buys
/// votes against); the candidates with the most net votes win.
/// </summary>
/// <remarks>
/// Ballots are score ballots whose scores are credits (the scale may be negative for votes against). Every ballot must spend at
/// most <c>budget</c> credits in total (sum of absolute values); an over-budget ballot is an error, never silently scaled.
/// Tie rule: all candidates with the most net votes win. Truncation: a blank allocation is 0 credits.
/// Citation: Lalley and Weyl, "Quadratic voting: how mechanism design can radicalize democracy", AEA Papers and Proceedings 108
/// (2018) 33-37. <see href="https://doi.org/10.1257/pandp.20181002"/>
/// </remarks>
[AggregationMethod("quadratic-voting", Version = 1)]
public sealed class QuadraticVoting : IScoreMethod
{
    /// <summary>The voice-credit budget per voter.</summary>
    public static readonly ParameterDescriptor Budget = ParameterDescriptor.WholeNumber("budget", 100, "Voice credits each voter may spend in total.", minimum: 1);

    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Quadratic voting",
        Family = CardinalClaims.Family,
        BallotKind = BallotKind.Score,
        Summary = "Credits spent on a candidate buy their square root in votes; most net votes wins.",
        TieRule = "All candidates with the most net votes win.",
        TruncationRule = "A blank allocation is 0 credits; a ballot over budget is an error.",
        Citation = "Lalley and Weyl, Quadratic voting, AEA Papers and Proceedings 108 (2018) 33-37.",
        Parameters = [Budget],
        Claims = CardinalClaims.Make(Axiom.Monotonicity),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(ScoreProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var budget = parameters.GetInt32(Budget);
        var n = profile.Candidates.Count;
        var votes = new double[n];
        foreach (var b in profile.Ballots)
        {
            var spent = b.Ballot.Scores.Sum(s => Math.Abs((long)(s ?? 0)));
            if (spent > budget)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"A ballot spends {spent} credits, over the budget of {budget}: [{string.Join(", ", b.Ballot.Scores.Select(s => s?.ToString(CultureInfo.InvariantCulture) ?? "-"))}]."));
            }

            for (var c = 0; c < n; c++)
            {
                var credits = b.Ballot.ScoreOf(c) ?? 0;
                votes[c] += b.Weight * Math.Sign(credits) * Math.Sqrt(Math.Abs(credits));
            }
        }

        return AggregationResult.FromScores(votes, true, new ScoreTallyExplanation("Candidates ranked by net votes (√credits).", "net votes", true, votes));
    }
}
