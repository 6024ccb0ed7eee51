namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Bucklin: for k = 1, 2, …, count for each candidate the ballots that rank it within their top k; at the first k where some
/// candidate is counted by more than half of the total weight, the candidates with the highest count win.
/// </summary>
/// <remarks>
/// A candidate is within the top k when fewer than k candidates are ranked strictly above it (so a tie counts for everyone in
/// it). Tie rule: every candidate with the highest count at the deciding level wins; if no level gives a majority (possible
/// with truncated ballots), the highest count at the last level decides. Truncation: unranked candidates are never counted.
/// Citation: Hoag and Hallett, Proportional Representation, Macmillan (1926); Erdélyi et al., "Bucklin voting is broadly
/// resistant to control", Math. Logic Quarterly 57 (2011).
/// </remarks>
[AggregationMethod("bucklin", Version = 1)]
public sealed class Bucklin : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Bucklin",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "Add lower preferences level by level until some candidate is ranked by a majority; the most-ranked wins.",
        TieRule = "All candidates with the highest count at the deciding level win.",
        TruncationRule = "Unranked candidates are never counted; without any majority the last level decides.",
        Citation = "Hoag and Hallett, Proportional Representation (1926); Erdélyi, Fellows, Rothe, Schend, Math. Logic Q. 57 (2011).",
        Claims = Claims.Make([Axiom.MajorityWinner, Axiom.Monotonicity], [Axiom.CondorcetWinner]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var n = profile.Candidates.Count;
        // above[c] per ballot: the number of candidates ranked strictly above c (or -1 when unranked).
        var all = Enumerable.Repeat(true, n).ToArray();
        var half = profile.TotalWeight / 2;
        var rounds = new List<EliminationRound>();
        var counts = new double[n];
        for (var k = 1; k <= n; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Clear(counts);
            var store = profile.Store;
            for (var b = 0; b < store.Count; b++)
            {
                // Tier t is within the top k when fewer than k candidates precede it, i.e. its start offset is below k.
                var order = store.OrderOf(b);
                var bounds = store.TierBoundsOf(b);
                var w = store.Weights[b];
                for (var t = 0; t < bounds.Length - 1 && bounds[t] < k; t++)
                {
                    for (var i = bounds[t]; i < bounds[t + 1]; i++)
                    {
                        counts[order[i]] += w;
                    }
                }
            }

            rounds.Add(new EliminationRound(Tally.Snapshot(counts, all), []));
            if (counts.Any(v => v > half && !Tally.Near(v, half)) || k == n)
            {
                var winners = Tally.Extreme(counts, all, max: true);
                return new AggregationResult(winners, new EliminationRoundsExplanation(
                    $"Decided at level {k}: {Tally.Names(profile.Candidates, winners)}.", "ballots ranking the candidate within the top k", rounds));
            }
        }

        throw new InvalidOperationException("unreachable: level n always decides");
    }
}
