namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Condorcet: the candidate that beats every other by a pairwise majority; when there is none, every candidate is returned.
/// </summary>
/// <remarks>
/// This is the Condorcet winner test expressed as a method (as in pref_voting's <c>condorcet</c>): a singleton means a Condorcet
/// winner exists. Tie rule: without a Condorcet winner the winner set is all candidates. Truncation: ballots are read through
/// the profile's pairwise matrix (unranked candidates tied at the bottom by default, or incomparable).
/// Citation: Condorcet, Essai sur l'application de l'analyse à la probabilité des décisions rendues à la pluralité des voix (1785).
/// </remarks>
[AggregationMethod("condorcet", Version = 1)]
public sealed class Condorcet : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Condorcet winner",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "The candidate beating every other pairwise; otherwise all candidates.",
        TieRule = "Without a Condorcet winner, all candidates are returned.",
        TruncationRule = Conventions.PairwiseTruncation,
        Citation = "Condorcet, Essai sur l'application de l'analyse à la probabilité des décisions rendues à la pluralité des voix (1785).",
        Claims = Claims.Make([Axiom.CondorcetWinner, Axiom.MajorityWinner], [Axiom.Pareto]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var n = profile.Candidates.Count;
        var m = profile.Matrix;
        var cw = m.CondorcetWinner();
        return new AggregationResult(cw is { } w ? [w] : Enumerable.Range(0, n), new PairwiseMarginsExplanation(
            cw is { } x ? $"{profile.Candidates[x]} beats every other candidate." : "There is no Condorcet winner.", m.MarginRows()));
    }
}
