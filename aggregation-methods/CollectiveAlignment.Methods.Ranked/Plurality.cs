namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Plurality: each ballot gives one point to its top choice; the candidates with the most points win.
/// </summary>
/// <remarks>
/// Tie rule: all candidates with the most points win. A ballot whose first tier holds several candidates splits its point
/// equally among them. Truncation: only the first tier matters; an empty ballot counts for nobody.
/// Citation: e.g. Zwicker, "Introduction to the Theory of Voting", in Brandt et al. (eds.), Handbook of Computational Social
/// Choice, Cambridge University Press, 2016, ch. 2. <see href="https://doi.org/10.1017/CBO9781107446984.003"/>
/// </remarks>
[AggregationMethod("plurality", Version = 1)]
public sealed class Plurality : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Plurality",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "Each ballot gives one point to its top choice; most points wins.",
        TieRule = Conventions.FullTieSet + " A tied first tier splits the point equally.",
        TruncationRule = "Only the first tier matters; an empty ballot counts for nobody.",
        Citation = "Zwicker, Introduction to the Theory of Voting, Handbook of Computational Social Choice (2016), ch. 2.",
        Claims = Claims.Make([Axiom.MajorityWinner, Axiom.Pareto, Axiom.Monotonicity], [Axiom.CondorcetWinner, Axiom.CondorcetLoser, Axiom.CloneIndependence]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var n = profile.Candidates.Count;
        var scores = Tally.FirstPreferences(profile, Enumerable.Repeat(true, n).ToArray());
        return AggregationResult.FromScores(scores, true, new ScoreTallyExplanation("Candidates ranked by first preferences.", "first preferences", true, scores));
    }
}
