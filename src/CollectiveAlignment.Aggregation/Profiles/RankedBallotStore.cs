using CollectiveAlignment.Aggregation.Ballots;

namespace CollectiveAlignment.Aggregation.Profiles;

/// <summary>
/// A ranked profile's distinct ballots in a few contiguous arrays, in the profile's canonical order: ballot i of
/// <see cref="Profile{TBallot}.Ballots"/> is index i here. Per-ballot methods over 10⁶ distinct ballots iterate these arrays
/// directly; one heap object per ballot would make them wait on memory rather than compute.
/// </summary>
/// <remarks>
/// Ballot i's rank vector is <see cref="RanksOf"/>(i), its ranked candidates best tier first <see cref="OrderOf"/>(i) (a slice
/// of <see cref="Order"/> starting at <see cref="OrderStart"/>[i]), and its tier boundaries within that slice
/// <see cref="TierBoundsOf"/>(i). The store is immutable once built.
/// </remarks>
public sealed class RankedBallotStore
{
    private readonly int[] _ranks;
    private readonly int[] _order;
    private readonly int[] _orderStart;

    // Null when every ballot is strict: tier t is then position t, and every ballot's bounds are a prefix of _identity.
    private readonly int[]? _bounds;
    private readonly int[]? _boundsStart;
    private readonly int[] _identity;
    private readonly long[] _counts;
    private readonly double[] _weights;

    private RankedBallotStore(int candidateCount, int[] ranks, int[] order, int[] orderStart, int[]? bounds, int[]? boundsStart, long[] counts, double[] weights)
    {
        CandidateCount = candidateCount;
        _ranks = ranks;
        _order = order;
        _orderStart = orderStart;
        _bounds = bounds;
        _boundsStart = boundsStart;
        _counts = counts;
        _weights = weights;
        _identity = new int[candidateCount + 1];
        for (var i = 0; i < _identity.Length; i++)
        {
            _identity[i] = i;
        }
    }

    /// <summary>Number of distinct ballots.</summary>
    public int Count => _counts.Length;

    /// <summary>Number of candidates every ballot is over.</summary>
    public int CandidateCount { get; }

    /// <summary>True when no ballot has a tie: tier t of a ballot is then its t-th ranked candidate.</summary>
    public bool AllStrict => _bounds is null;

    /// <summary>All rank vectors, <see cref="CandidateCount"/> entries per ballot (tier index or <see cref="RankedBallot.Unranked"/>).</summary>
    public ReadOnlySpan<int> Ranks => _ranks;

    /// <summary>All ballots' ranked candidates, concatenated; ballot i's occupy <c>OrderStart[i]..OrderStart[i + 1]</c>.</summary>
    public ReadOnlySpan<int> Order => _order;

    /// <summary>Where each ballot's candidates start in <see cref="Order"/>, plus the total length (<see cref="Count"/> + 1 entries).</summary>
    public ReadOnlySpan<int> OrderStart => _orderStart;

    /// <summary>How many voters cast each ballot.</summary>
    public ReadOnlySpan<long> Counts => _counts;

    /// <summary>The total weight of each ballot's voters.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>A <see cref="RankedBallot"/> viewing ballot <paramref name="index"/> (no copy).</summary>
    internal RankedBallot ViewOf(int index)
    {
        var orderAt = _orderStart[index];
        var orderLength = _orderStart[index + 1] - orderAt;
        return RankedBallot.View(_ranks, index * CandidateCount, CandidateCount, _order, orderAt, orderLength, _bounds ?? _identity, _bounds is null ? 0 : _boundsStart![index]);
    }

    /// <summary>Ballot <paramref name="index"/>'s rank vector.</summary>
    public ReadOnlySpan<int> RanksOf(int index) => _ranks.AsSpan(index * CandidateCount, CandidateCount);

    /// <summary>Ballot <paramref name="index"/>'s ranked candidates, best tier first, ascending within a tier.</summary>
    public ReadOnlySpan<int> OrderOf(int index) => _order.AsSpan(_orderStart[index], _orderStart[index + 1] - _orderStart[index]);

    /// <summary>Ballot <paramref name="index"/>'s tier boundaries within <see cref="OrderOf"/>: tier t is <c>[bounds[t], bounds[t + 1])</c>.</summary>
    public ReadOnlySpan<int> TierBoundsOf(int index) =>
        _bounds is null
            ? _identity.AsSpan(0, _orderStart[index + 1] - _orderStart[index] + 1)
            : _bounds.AsSpan(_boundsStart![index], _boundsStart[index + 1] - _boundsStart[index]);

    /// <summary>Copies ballots (already distinct and in canonical order) into a store.</summary>
    internal static RankedBallotStore FromBallots(int candidateCount, ReadOnlySpan<WeightedBallot<RankedBallot>> ballots)
    {
        var ranks = new int[checked(ballots.Length * candidateCount)];
        var counts = new long[ballots.Length];
        var weights = new double[ballots.Length];
        for (var i = 0; i < ballots.Length; i++)
        {
            ballots[i].Ballot.Ranks.CopyTo(ranks.AsSpan(i * candidateCount, candidateCount));
            counts[i] = ballots[i].Count;
            weights[i] = ballots[i].Weight;
        }

        return FromRanks(candidateCount, ranks, counts, weights);
    }

    /// <summary>
    /// Builds a store from canonical rank vectors (tiers numbered 0, 1, … without gaps), <paramref name="candidateCount"/> per
    /// ballot, already distinct and in canonical order; takes ownership of the arrays.
    /// </summary>
    internal static RankedBallotStore FromRanks(int candidateCount, int[] ranks, long[] counts, double[] weights)
    {
        var n = candidateCount;
        var count = counts.Length;
        var orderStart = new int[count + 1];
        var tierCounts = new int[count];

        // Rows are independent, so sizing and filling split into fixed parts; each writes only its own entries and slices.
        var parts = count >= 65536 ? 4 : 1;
        var strictParts = new bool[parts];
        Parallel.For(0, parts, p =>
        {
            var strict = true;
            var to = (int)((long)count * (p + 1) / parts);
            for (var b = (int)((long)count * p / parts); b < to; b++)
            {
                var ranked = 0;
                var tiers = 0;
                foreach (var r in ranks.AsSpan(b * n, n))
                {
                    if (r != RankedBallot.Unranked)
                    {
                        ranked++;
                        tiers = Math.Max(tiers, r + 1);
                    }
                }

                orderStart[b + 1] = ranked;
                tierCounts[b] = tiers;
                strict &= tiers == ranked;
            }

            strictParts[p] = strict;
        });

        var allStrict = Array.TrueForAll(strictParts, s => s);
        for (var b = 0; b < count; b++)
        {
            orderStart[b + 1] = checked(orderStart[b] + orderStart[b + 1]);
        }

        var order = new int[orderStart[count]];
        int[]? bounds = null;
        int[]? boundsStart = null;
        if (!allStrict)
        {
            boundsStart = new int[count + 1];
            for (var b = 0; b < count; b++)
            {
                boundsStart[b + 1] = checked(boundsStart[b] + tierCounts[b] + 1);
            }

            bounds = new int[boundsStart[count]];
        }

        Parallel.For(0, parts, p =>
        {
            var fill = new int[n + 1];
            var from = (int)((long)count * p / parts);
            var to = (int)((long)count * (p + 1) / parts);
            for (var b = from; b < to; b++)
            {
                var row = ranks.AsSpan(b * n, n);
                var slice = order.AsSpan(orderStart[b], orderStart[b + 1] - orderStart[b]);
                if (bounds is null)
                {
                    for (var c = 0; c < n; c++)
                    {
                        if (row[c] != RankedBallot.Unranked)
                        {
                            slice[row[c]] = c;
                        }
                    }

                    continue;
                }

                // Counting sort by tier: candidates ascend within a tier because the row is scanned in candidate order.
                var tiers = tierCounts[b];
                var own = bounds.AsSpan(boundsStart![b], tiers + 1);
                own.Clear();
                foreach (var r in row)
                {
                    if (r != RankedBallot.Unranked)
                    {
                        own[r + 1]++;
                    }
                }

                for (var t = 0; t < tiers; t++)
                {
                    own[t + 1] += own[t];
                }

                own[..tiers].CopyTo(fill);
                for (var c = 0; c < n; c++)
                {
                    if (row[c] != RankedBallot.Unranked)
                    {
                        slice[fill[row[c]]++] = c;
                    }
                }
            }
        });

        return new RankedBallotStore(n, ranks, order, orderStart, bounds, boundsStart, counts, weights);
    }
}
