using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;

namespace ExamplePlugin;

/// <summary>
/// Dowdall (the Nauru count): a candidate in position k of a ballot scores 1/k; the highest total wins.
/// </summary>
/// <remarks>
/// Tie rule: all candidates with the highest total win. Ties on a ballot: the candidates in a tier share the average of the
/// positions they occupy. Truncation: unranked candidates score nothing.
/// Citation: Reilly, "Social choice in the South Seas: electoral innovation and the Borda count in the Pacific Island
/// countries", International Political Science Review 23 (2002) 355-372. <see href="https://doi.org/10.1177/0192512102023004002"/>
/// </remarks>
[AggregationMethod("dowdall", Version = 1)]
public sealed class Dowdall : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Dowdall (Nauru)",
        Family = "example-plugin",
        BallotKind = BallotKind.Ranked,
        Summary = "Position k scores 1/k; the highest total wins.",
        TieRule = "All candidates with the highest total win; a tier shares the average score of its positions.",
        TruncationRule = "Unranked candidates score nothing.",
        Citation = "Reilly, Social choice in the South Seas, Int. Polit. Sci. Rev. 23 (2002) 355-372.",
        Claims = new Dictionary<Axiom, Claim>
        {
            [Axiom.Anonymity] = Claim.Satisfies,
            [Axiom.Neutrality] = Claim.Satisfies,
            [Axiom.CondorcetWinner] = Claim.Violates,
        },
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var scores = PositionalScores.Tally(profile, k => 1.0 / (k + 1));
        return AggregationResult.FromScores(scores, true, new ScoreTallyExplanation("Candidates ranked by Dowdall points.", "Dowdall points", true, scores));
    }
}
