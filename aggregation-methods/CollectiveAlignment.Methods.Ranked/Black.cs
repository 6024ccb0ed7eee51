namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Black: the Condorcet winner if there is one, otherwise the Borda winners.
/// </summary>
/// <remarks>
/// Tie rule: without a Condorcet winner, every candidate with the highest Borda score wins. Truncation: the Condorcet check
/// reads the profile's pairwise matrix; the Borda fallback uses the symmetric score (sum of margins), so it follows the same
/// truncation mode.
/// Citation: Black, The Theory of Committees and Elections, Cambridge University Press (1958).
/// </remarks>
[AggregationMethod("black", Version = 1)]
public sealed class Black : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Black",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "The Condorcet winner if one exists, else the Borda winners.",
        TieRule = "Without a Condorcet winner, all candidates with the highest Borda score win.",
        TruncationRule = Conventions.PairwiseTruncation,
        Citation = "Black, The Theory of Committees and Elections, Cambridge University Press (1958).",
        Claims = Claims.Make([Axiom.CondorcetWinner, Axiom.CondorcetLoser, Axiom.Pareto, Axiom.MajorityWinner], [Axiom.CloneIndependence]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var n = profile.Candidates.Count;
        var m = profile.Matrix;
        var margins = new PairwiseMarginsExplanation("Pairwise margins.", m.MarginRows());
        if (m.CondorcetWinner() is { } cw)
        {
            return new AggregationResult([cw], new CompositeExplanation($"{profile.Candidates[cw]} is the Condorcet winner.", [margins]));
        }

        var scores = Tally.MarginBorda(m, Enumerable.Repeat(true, n).ToArray());
        var winners = Tally.Extreme(scores, Enumerable.Repeat(true, n).ToArray(), max: true);
        return new AggregationResult(winners, new CompositeExplanation($"No Condorcet winner; the Borda count elects {Tally.Names(profile.Candidates, winners)}.",
            [margins, new ScoreTallyExplanation("Symmetric Borda score (sum of margins).", "Borda score", true, scores)]));
    }
}
