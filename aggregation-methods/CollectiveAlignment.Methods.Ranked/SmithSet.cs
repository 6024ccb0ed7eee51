namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Smith set (top cycle): the smallest non-empty set of candidates each of which beats every candidate outside it by a pairwise
/// majority.
/// </summary>
/// <remarks>
/// Computed as the candidates that reach every other candidate through the weak-majority relation (margin ≥ 0). Tie rule: the
/// whole set is the winner set. Truncation: ballots are read through the profile's pairwise matrix (unranked candidates tied
/// at the bottom by default, or incomparable).
/// Citation: Smith, "Aggregation of preferences with variable electorate", Econometrica 41 (1973) 1027-1041.
/// <see href="https://doi.org/10.2307/1914033"/>
/// </remarks>
[AggregationMethod("smith-set", Version = 1)]
public sealed class SmithSet : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Smith set",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "The smallest set whose members all beat every outsider pairwise.",
        TieRule = "The whole set is returned.",
        TruncationRule = Conventions.PairwiseTruncation,
        Citation = "Smith, Aggregation of preferences with variable electorate, Econometrica 41 (1973) 1027-1041.",
        Claims = Claims.Make([Axiom.CondorcetWinner, Axiom.CondorcetLoser, Axiom.MajorityWinner, Axiom.Monotonicity], [Axiom.Pareto]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var n = profile.Candidates.Count;
        var m = profile.Matrix;
        var reach = Tally.Closure(n, (a, b) => m.Margin(a, b) >= 0);
        var winners = Enumerable.Range(0, n).Where(a => Enumerable.Range(0, n).All(b => a == b || reach[a, b])).ToList();
        return new AggregationResult(winners, new PairwiseMarginsExplanation($"Smith set: {Tally.Names(profile.Candidates, winners)}.", m.MarginRows()));
    }
}
