namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Minimax (Simpson–Kramer), margins variant: a candidate's score is its largest pairwise margin of defeat (negative when it
/// beats everyone); the candidates with the smallest score win.
/// </summary>
/// <remarks>
/// Tie rule: all candidates with the smallest worst-defeat margin win. Truncation: ballots are read through the profile's
/// pairwise matrix (unranked candidates tied at the bottom by default, or incomparable).
/// Citation: Simpson, "On defining areas of voter choice", Quarterly Journal of Economics 83 (1969); Kramer, "A dynamical model
/// of political equilibrium", Journal of Economic Theory 16 (1977). <see href="https://doi.org/10.2307/1879426"/>
/// </remarks>
[AggregationMethod("minimax", Version = 1)]
public sealed class Minimax : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Minimax (margins)",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "Elect the candidate whose worst pairwise defeat margin is smallest.",
        TieRule = Conventions.FullTieSet,
        TruncationRule = Conventions.PairwiseTruncation,
        Citation = "Simpson, Q. J. Econ. 83 (1969) 478-490; Kramer, J. Econ. Theory 16 (1977) 310-334.",
        // Clone independence is violated: Tideman, "Independence of clones as a criterion for voting rules", Social Choice and
        // Welfare 4 (1987) 185-206. Counterexample: 5 A>B, 4 B>A elects A; cloning A into a cycle A1>A2>A3 (3 voters each
        // rotation) gives every clone a defeat of 3 against B's 1, so B wins (LiteratureTests; AxiomViolationTests).
        Claims = Claims.Make([Axiom.CondorcetWinner, Axiom.Pareto, Axiom.Monotonicity, Axiom.MajorityWinner], [Axiom.CondorcetLoser, Axiom.CloneIndependence]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var n = profile.Candidates.Count;
        var m = profile.Matrix;
        var scores = new double[n];
        for (var a = 0; a < n; a++)
        {
            scores[a] = n == 1 ? 0 : Enumerable.Range(0, n).Where(b => b != a).Max(b => m.Margin(b, a));
        }

        return AggregationResult.FromScores(scores, false, new CompositeExplanation("Candidates ranked by their worst defeat margin (smallest first).",
            [new ScoreTallyExplanation("Largest margin by which another candidate beats this one.", "worst defeat margin", false, scores), new PairwiseMarginsExplanation("Pairwise margins.", m.MarginRows())]));
    }
}
