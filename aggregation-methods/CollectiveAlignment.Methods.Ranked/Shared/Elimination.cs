namespace CollectiveAlignment.Methods.Ranked.Shared;

/// <summary>The loop shared by elimination methods: tally, stop if decided, otherwise eliminate (all tied together) and repeat.</summary>
internal static class Elimination
{
    /// <param name="n">Number of candidates.</param>
    /// <param name="tally">The tally of the continuing candidates.</param>
    /// <param name="decided">Winners when the round decides the election, else null.</param>
    /// <param name="eliminate">The candidates to eliminate this round (non-empty).</param>
    /// <param name="summary">The explanation summary, given the winners.</param>
    /// <param name="tallyName">What the tally counts.</param>
    /// <param name="cancellationToken">Cancels between rounds.</param>
    public static AggregationResult Run(
        int n,
        Func<bool[], double[]> tally,
        Func<bool[], double[], IReadOnlyList<int>?> decided,
        Func<bool[], double[], IReadOnlyList<int>> eliminate,
        Func<IReadOnlyList<int>, string> summary,
        string tallyName,
        CancellationToken cancellationToken)
    {
        var active = Enumerable.Repeat(true, n).ToArray();
        var rounds = new List<EliminationRound>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var t = tally(active);
            var activeCount = active.Count(a => a);
            IReadOnlyList<int>? winners = activeCount == 1 ? [Array.IndexOf(active, true)] : decided(active, t);
            if (winners is null)
            {
                var eliminated = eliminate(active, t);
                if (eliminated.Count >= activeCount)
                {
                    winners = [.. Enumerable.Range(0, n).Where(c => active[c])];
                }
                else
                {
                    rounds.Add(new EliminationRound(Tally.Snapshot(t, active), [.. eliminated.Order()]));
                    foreach (var c in eliminated)
                    {
                        active[c] = false;
                    }

                    continue;
                }
            }

            rounds.Add(new EliminationRound(Tally.Snapshot(t, active), []));
            return new AggregationResult(winners, new EliminationRoundsExplanation(summary(winners), tallyName, rounds));
        }
    }
}
