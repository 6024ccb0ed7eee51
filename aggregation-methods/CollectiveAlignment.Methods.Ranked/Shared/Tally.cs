namespace CollectiveAlignment.Methods.Ranked.Shared;

/// <summary>Tallies shared by the ranked methods. Inner loops avoid LINQ and allocation.</summary>
internal static class Tally
{
    /// <summary>How many candidates of tier <paramref name="t"/> (bounds into <paramref name="order"/>) are still active.</summary>
    public static int ActiveInTier(ReadOnlySpan<int> order, ReadOnlySpan<int> bounds, int t, bool[] active)
    {
        var k = 0;
        for (var i = bounds[t]; i < bounds[t + 1]; i++)
        {
            if (active[order[i]])
            {
                k++;
            }
        }

        return k;
    }

    /// <summary>
    /// Each ballot's weight goes to its best tier holding an active candidate, split equally among those candidates.
    /// With <paramref name="cursor"/> (one slot per distinct ballot, zero at first), the search resumes at the tier found in the
    /// previous round: valid because elimination methods only ever deactivate candidates, and it makes each round linear.
    /// </summary>
    public static double[] FirstPreferences(RankedProfile profile, bool[] active, int[]? cursor = null) =>
        ByParts(profile, (store, from, to, tally) =>
        {
            var weights = store.Weights;
            for (var b = from; b < to; b++)
            {
                var order = store.OrderOf(b);
                var bounds = store.TierBoundsOf(b);
                for (var t = cursor?[b] ?? 0; t < bounds.Length - 1; t++)
                {
                    var k = ActiveInTier(order, bounds, t, active);

                    if (k == 0)
                    {
                        continue;
                    }

                    if (cursor is not null)
                    {
                        cursor[b] = t;
                    }

                    var share = weights[b] / k;
                    for (var i = bounds[t]; i < bounds[t + 1]; i++)
                    {
                        if (active[order[i]])
                        {
                            tally[order[i]] += share;
                        }
                    }

                    break;
                }
            }
        });

    /// <summary>The body of a per-ballot tally over the ballots <c>[from, to)</c> of the profile's store.</summary>
    public delegate void PartBody(RankedBallotStore store, int from, int to, double[] tally);

    /// <summary>
    /// Runs <paramref name="body"/> over fixed parts of the profile in parallel and sums the partial tallies in part order. The
    /// number of parts is a constant (not the core count), so the floating-point result is the same on every machine.
    /// </summary>
    public static double[] ByParts(RankedProfile profile, PartBody body)
    {
        var n = profile.Candidates.Count;
        var store = profile.Store;
        var count = store.Count;
        var parts = count >= 4096 ? 4 : 1;
        var partials = new double[parts][];
        Parallel.For(0, parts, p =>
        {
            var from = (int)((long)count * p / parts);
            var to = (int)((long)count * (p + 1) / parts);
            var tally = new double[n];
            body(store, from, to, tally);
            partials[p] = tally;
        });

        var total = partials[0];
        for (var p = 1; p < parts; p++)
        {
            for (var c = 0; c < n; c++)
            {
                total[c] += partials[p][c];
            }
        }

        return total;
    }

    /// <summary>
    /// Each ballot's weight goes to its worst tier holding an active candidate (the unranked active candidates, when there are
    /// any, form that tier), split equally.
    /// </summary>
    public static double[] LastPlaces(RankedProfile profile, bool[] active)
    {
        var n = profile.Candidates.Count;
        var tally = new double[n];
        var store = profile.Store;
        var weights = store.Weights;
        for (var b = 0; b < store.Count; b++)
        {
            var ranks = store.RanksOf(b);
            var order = store.OrderOf(b);
            var unranked = 0;
            if (order.Length < n)
            {
                for (var c = 0; c < n; c++)
                {
                    if (active[c] && ranks[c] == RankedBallot.Unranked)
                    {
                        unranked++;
                    }
                }
            }

            if (unranked > 0)
            {
                var share = weights[b] / unranked;
                for (var c = 0; c < n; c++)
                {
                    if (active[c] && ranks[c] == RankedBallot.Unranked)
                    {
                        tally[c] += share;
                    }
                }

                continue;
            }

            var bounds = store.TierBoundsOf(b);
            for (var t = bounds.Length - 2; t >= 0; t--)
            {
                var k = ActiveInTier(order, bounds, t, active);

                if (k == 0)
                {
                    continue;
                }

                var share = weights[b] / k;
                for (var i = bounds[t]; i < bounds[t + 1]; i++)
                {
                    if (active[order[i]])
                    {
                        tally[order[i]] += share;
                    }
                }

                break;
            }
        }

        return tally;
    }

    /// <summary>
    /// The symmetric Borda score restricted to active candidates: the sum of a's margins against the other active candidates.
    /// For complete ballots it ranks exactly as the Borda count with tied candidates sharing points.
    /// </summary>
    public static double[] MarginBorda(PairwiseMatrix m, bool[] active)
    {
        var n = m.CandidateCount;
        var score = new double[n];
        for (var a = 0; a < n; a++)
        {
            if (!active[a])
            {
                continue;
            }

            for (var b = 0; b < n; b++)
            {
                if (b != a && active[b])
                {
                    score[a] += m.Margin(a, b);
                }
            }
        }

        return score;
    }

    /// <summary>
    /// Widest-path (bottleneck) strengths over the positive-margin graph: p[a,b] is the largest s such that a path from a to b
    /// uses only edges with margin ≥ s (0 when there is no path).
    /// </summary>
    public static double[,] WidestPaths(PairwiseMatrix m)
    {
        var n = m.CandidateCount;
        var p = new double[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                p[a, b] = a != b && m.Margin(a, b) > 0 ? m.Margin(a, b) : 0;
            }
        }

        for (var k = 0; k < n; k++)
        {
            for (var a = 0; a < n; a++)
            {
                if (a == k || p[a, k] == 0)
                {
                    continue;
                }

                for (var b = 0; b < n; b++)
                {
                    if (b != a && b != k)
                    {
                        var via = Math.Min(p[a, k], p[k, b]);
                        if (via > p[a, b])
                        {
                            p[a, b] = via;
                        }
                    }
                }
            }
        }

        return p;
    }

    /// <summary>Transitive closure of a relation given as a predicate on pairs.</summary>
    public static bool[,] Closure(int n, Func<int, int, bool> relation)
    {
        var r = new bool[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                r[a, b] = a != b && relation(a, b);
            }
        }

        for (var k = 0; k < n; k++)
        {
            for (var a = 0; a < n; a++)
            {
                if (!r[a, k])
                {
                    continue;
                }

                for (var b = 0; b < n; b++)
                {
                    r[a, b] |= r[k, b];
                }
            }
        }

        return r;
    }

    /// <summary>Tiers of a strict partial order given by <paramref name="beats"/>: repeatedly take the candidates nobody remaining beats.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> TiersOf(int n, Func<int, int, bool> beats)
    {
        var remaining = new List<int>(Enumerable.Range(0, n));
        var tiers = new List<IReadOnlyList<int>>();
        while (remaining.Count > 0)
        {
            var top = remaining.Where(a => !remaining.Any(b => b != a && beats(b, a))).ToList();
            if (top.Count == 0)
            {
                // Not acyclic on the remaining set: report them as one tier rather than loop.
                top = remaining;
            }

            tiers.Add(top);
            remaining = [.. remaining.Except(top)];
        }

        return tiers;
    }

    /// <summary>All active candidates with the extreme value of <paramref name="tally"/> (max or min).</summary>
    public static List<int> Extreme(double[] tally, bool[] active, bool max)
    {
        var best = max ? double.NegativeInfinity : double.PositiveInfinity;
        for (var c = 0; c < tally.Length; c++)
        {
            if (active[c] && (max ? tally[c] > best : tally[c] < best))
            {
                best = tally[c];
            }
        }

        var result = new List<int>();
        for (var c = 0; c < tally.Length; c++)
        {
            if (active[c] && Near(tally[c], best))
            {
                result.Add(c);
            }
        }

        return result;
    }

    /// <summary>Equality up to rounding noise from summing split fractions in different orders.</summary>
    public static bool Near(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    /// <summary>Tallies of active candidates, null for the others (for explanations).</summary>
    public static double?[] Snapshot(double[] tally, bool[] active) =>
        [.. tally.Select((v, c) => active[c] ? v : (double?)null)];

    /// <summary>Candidate names joined for summaries.</summary>
    public static string Names(CandidateSet candidates, IEnumerable<int> indices) => string.Join(", ", indices.Select(c => candidates[c]));
}
