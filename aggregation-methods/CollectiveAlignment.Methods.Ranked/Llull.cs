namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Llull: a candidate scores 1 for each pairwise majority win or tie; the highest score wins.
/// </summary>
/// <remarks>
/// Tie rule: all candidates with the highest score win. Truncation: ballots are read through the profile's pairwise matrix
/// (unranked candidates tied at the bottom by default, or incomparable).
/// Citation: Ramon Llull, Artifitium electionis personarum (c. 1283); Hägele and Pukelsheim, "Llull's writings on
/// electoral systems", Studia Lulliana 41 (2001) 3-38.
/// </remarks>
[AggregationMethod("llull", Version = 1)]
public sealed class Llull : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Llull",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "One point per pairwise win or tie; highest wins.",
        TieRule = Conventions.FullTieSet,
        TruncationRule = Conventions.PairwiseTruncation,
        Citation = "Ramon Llull, Artifitium electionis personarum (c. 1283); Hägele and Pukelsheim, Llull's writings on electoral systems, Studia Lulliana 41 (2001) 3-38.",
        Claims = Claims.Make([Axiom.CondorcetWinner, Axiom.CondorcetLoser, Axiom.Pareto, Axiom.Monotonicity, Axiom.MajorityWinner], [Axiom.CloneIndependence]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var scores = Copeland.Scores(profile.Matrix, 1);
        return AggregationResult.FromScores(scores, true, new CompositeExplanation("Candidates ranked by Llull score.",
            [new ScoreTallyExplanation("Pairwise wins plus ties.", "Llull score", true, scores), new PairwiseMarginsExplanation("Pairwise margins.", profile.Matrix.MarginRows())]));
    }
}
