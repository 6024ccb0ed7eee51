namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Schwartz set: the union of the minimal sets of candidates that no outsider beats by a pairwise majority.
/// </summary>
/// <remarks>
/// Computed as the candidates a such that whenever some b reaches a through strict majority defeats, a also reaches b. It is a
/// subset of the Smith set and differs from it only when there are pairwise ties. Tie rule: the whole set is returned.
/// Truncation: ballots are read through the profile's pairwise matrix (unranked candidates tied at the bottom by default, or
/// incomparable).
/// Citation: Schwartz, The Logic of Collective Choice, Columbia University Press (1986).
/// </remarks>
[AggregationMethod("schwartz-set", Version = 1)]
public sealed class SchwartzSet : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Schwartz set",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "The union of minimal sets unbeaten by any outsider.",
        TieRule = "The whole set is returned.",
        TruncationRule = Conventions.PairwiseTruncation,
        Citation = "Schwartz, The Logic of Collective Choice, Columbia University Press (1986).",
        Claims = Claims.Make([Axiom.CondorcetWinner, Axiom.CondorcetLoser, Axiom.MajorityWinner], [Axiom.Pareto]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var n = profile.Candidates.Count;
        var m = profile.Matrix;
        var reach = Tally.Closure(n, (a, b) => m.Margin(a, b) > 0);
        var winners = Enumerable.Range(0, n).Where(a => Enumerable.Range(0, n).All(b => a == b || !reach[b, a] || reach[a, b])).ToList();
        return new AggregationResult(winners, new PairwiseMarginsExplanation($"Schwartz set: {Tally.Names(profile.Candidates, winners)}.", m.MarginRows()));
    }
}
