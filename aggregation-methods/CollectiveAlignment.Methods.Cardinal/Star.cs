namespace CollectiveAlignment.Methods.Cardinal;

/// <summary>
/// STAR voting (Score Then Automatic Runoff): the two candidates with the highest total scores are finalists; each ballot then
/// counts for the finalist it scores higher, and the finalist preferred on more ballots wins.
/// </summary>
/// <remarks>
/// Blank scores count as the scale minimum. Tie rule: if several candidates tie for the highest total they are all finalists;
/// otherwise the leader and every candidate tied for second. In the runoff each ballot's weight goes to the finalist(s) it scores
/// highest (split equally; a ballot scoring all finalists equally counts for none). A runoff tie is broken by the higher total
/// score (the official STAR rule); candidates still tied all win.
/// Citation: Equal Vote Coalition, "STAR Voting official rules" (2023); Wolk, Quinn and Ogren, "STAR Voting, equality of voice,
/// and voter satisfaction", Constitutional Political Economy 34 (2023). <see href="https://doi.org/10.1007/s10602-022-09389-3"/>
/// </remarks>
[AggregationMethod("star", Version = 1)]
public sealed class Star : IScoreMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "STAR voting",
        Family = CardinalClaims.Family,
        BallotKind = BallotKind.Score,
        Summary = "The two highest-scoring candidates meet in an automatic runoff decided by ballot preferences.",
        TieRule = "Tied finalists all advance; a runoff tie goes to the higher total score; still tied, all win.",
        TruncationRule = "A blank score counts as the scale minimum.",
        Citation = "Equal Vote Coalition, STAR Voting official rules (2023); Wolk, Quinn and Ogren, Const. Polit. Econ. 34 (2023).",
        Claims = CardinalClaims.Make(),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(ScoreProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var n = profile.Candidates.Count;
        var totals = Score.Totals(profile);
        var leaders = CardinalClaims.Max(totals, Enumerable.Range(0, n));
        var finalists = new SortedSet<int>(leaders);
        if (leaders.Count == 1 && n > 1)
        {
            finalists.UnionWith(CardinalClaims.Max(totals, Enumerable.Range(0, n).Where(c => c != leaders[0])));
        }

        var runoff = new double[n];
        foreach (var b in profile.Ballots)
        {
            var best = finalists.Max(c => b.Ballot.ScoreOf(c) ?? profile.Minimum);
            var top = finalists.Where(c => (b.Ballot.ScoreOf(c) ?? profile.Minimum) == best).ToList();
            if (top.Count == finalists.Count)
            {
                continue;
            }

            foreach (var c in top)
            {
                runoff[c] += b.Weight / top.Count;
            }
        }

        var runoffWinners = CardinalClaims.Max(runoff, finalists);
        var winners = runoffWinners.Count > 1 ? CardinalClaims.Max(totals, runoffWinners) : runoffWinners;
        var rounds = new[]
        {
            new EliminationRound([.. totals.Select(t => (double?)t)], [.. Enumerable.Range(0, n).Where(c => !finalists.Contains(c))]),
            new EliminationRound([.. Enumerable.Range(0, n).Select(c => finalists.Contains(c) ? runoff[c] : (double?)null)], []),
        };
        return new AggregationResult(winners, new EliminationRoundsExplanation(
            $"Finalists by total score: {CardinalClaims.Names(profile.Candidates, finalists)}; the runoff elects {CardinalClaims.Names(profile.Candidates, winners)}.",
            "total score, then runoff preferences", rounds));
    }
}
