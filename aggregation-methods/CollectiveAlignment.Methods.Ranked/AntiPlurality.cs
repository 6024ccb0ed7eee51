namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Anti-plurality (veto): each ballot gives one veto to its last choice; the candidates with the fewest vetoes win.
/// </summary>
/// <remarks>
/// Tie rule: all candidates with the fewest vetoes win; a tied last tier splits the veto equally. Truncation: the unranked
/// candidates, when there are any, are the last tier and share the veto.
/// Citation: Zwicker, Introduction to the Theory of Voting, Handbook of Computational Social Choice (2016), ch. 2 (scoring rules).
/// </remarks>
[AggregationMethod("anti-plurality", Version = 1)]
public sealed class AntiPlurality : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Anti-plurality (veto)",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "Each ballot vetoes its last choice; fewest vetoes wins.",
        TieRule = Conventions.FullTieSet + " A tied last tier splits the veto equally.",
        TruncationRule = "Unranked candidates, when there are any, form the last tier and share the veto.",
        Citation = "Zwicker, Introduction to the Theory of Voting, Handbook of Computational Social Choice (2016), ch. 2.",
        Claims = Claims.Make([Axiom.Monotonicity], [Axiom.CondorcetWinner, Axiom.MajorityWinner, Axiom.Pareto]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var n = profile.Candidates.Count;
        var vetoes = Tally.LastPlaces(profile, Enumerable.Repeat(true, n).ToArray());
        return AggregationResult.FromScores(vetoes, false, new ScoreTallyExplanation("Candidates ranked by vetoes (fewest first).", "vetoes", false, vetoes));
    }
}
