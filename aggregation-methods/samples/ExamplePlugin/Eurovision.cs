using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;

namespace ExamplePlugin;

/// <summary>
/// Eurovision scoring: a ballot's first ten positions score 12, 10, 8, 7, 6, 5, 4, 3, 2 and 1 points; the highest total wins.
/// Shows a plug-in bringing its own explanation kind (<see cref="PositionPointsExplanation"/>).
/// </summary>
/// <remarks>
/// Tie rule: all candidates with the highest total win. Ties on a ballot: a tier shares the average points of the positions it
/// occupies. Truncation: unranked candidates score nothing.
/// Citation: European Broadcasting Union, rules of the Eurovision Song Contest (the 12-10-8…1 scale, in use since 1975).
/// </remarks>
[AggregationMethod("eurovision", Version = 1)]
public sealed class Eurovision : IRankedMethod
{
    private static readonly double[] Points = [12, 10, 8, 7, 6, 5, 4, 3, 2, 1];

    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Eurovision scoring",
        Family = "example-plugin",
        BallotKind = BallotKind.Ranked,
        Summary = "Positions 1-10 score 12, 10, 8, 7, 6, 5, 4, 3, 2, 1; the highest total wins.",
        TieRule = "All candidates with the highest total win; a tier shares the average points of its positions.",
        TruncationRule = "Unranked candidates score nothing.",
        Citation = "European Broadcasting Union, rules of the Eurovision Song Contest (scale in use since 1975).",
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
        // No guards: the registry has checked the arguments and answered the profile without candidates.
        var scores = PositionalScores.Tally(profile, k => k < Points.Length ? Points[k] : 0);
        return AggregationResult.FromScores(scores, true, new PositionPointsExplanation("Candidates ranked by Eurovision points.", Points, scores));
    }
}
