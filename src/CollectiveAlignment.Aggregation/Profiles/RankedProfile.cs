using CollectiveAlignment.Aggregation.Ballots;

namespace CollectiveAlignment.Aggregation.Profiles;

/// <summary>A compressed profile of ranked ballots, with its truncation reading and its lazily computed pairwise matrix.</summary>
public sealed class RankedProfile : Profile<RankedBallot>
{
    private readonly Lazy<PairwiseMatrix> _matrix;

    /// <summary>Creates a profile from weighted ballots (identical ballots are merged).</summary>
    public RankedProfile(CandidateSet candidates, IEnumerable<WeightedBallot<RankedBallot>> ballots, TruncationMode truncation = TruncationMode.UnrankedTiedAtBottom)
        : this(candidates, ballots, truncation, alreadyDistinct: false)
    {
    }

    /// <summary>For readers that have merged identical ballots already (entries must be distinct and valid).</summary>
    internal RankedProfile(CandidateSet candidates, IEnumerable<WeightedBallot<RankedBallot>> ballots, TruncationMode truncation, bool alreadyDistinct)
        : base(candidates, ballots, b => b.CandidateCount, (x, y) => x.CompareTo(y), alreadyDistinct)
    {
        Truncation = truncation;
        Store = RankedBallotStore.FromBallots(candidates.Count, BallotSpan);
        _matrix = new Lazy<PairwiseMatrix>(ComputeMatrix, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// For readers that build the store themselves (distinct, valid, canonical order). The ballots are views of the store, made
    /// on first use of <see cref="Profile{TBallot}.Ballots"/>: the methods that iterate the store never need them.
    /// </summary>
    internal RankedProfile(CandidateSet candidates, RankedBallotStore store, TruncationMode truncation)
        : base(candidates, store.Count, VotersOf(store), WeightOf(store), () => Views(store))
    {
        Truncation = truncation;
        Store = store;
        _matrix = new Lazy<PairwiseMatrix>(ComputeMatrix, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Creates a profile with one voter of weight 1 per ballot.</summary>
    public RankedProfile(CandidateSet candidates, IEnumerable<RankedBallot> ballots, TruncationMode truncation = TruncationMode.UnrankedTiedAtBottom)
        : this(candidates, Unweighted(ballots), truncation)
    {
    }

    /// <inheritdoc />
    public override BallotKind Kind => BallotKind.Ranked;

    /// <summary>How unranked candidates are read.</summary>
    public TruncationMode Truncation { get; }

    /// <summary>The distinct ballots in flat arrays, index for index with <see cref="Profile{TBallot}.Ballots"/>, for per-ballot inner loops.</summary>
    public RankedBallotStore Store { get; }

    /// <summary>The weighted pairwise-majority matrix, computed on first use and then shared.</summary>
    public PairwiseMatrix Matrix => _matrix.Value;

    /// <summary>The same ballots read under another truncation mode.</summary>
    public RankedProfile WithTruncation(TruncationMode truncation) =>
        truncation == Truncation ? this : new RankedProfile(Candidates, Store, truncation);

    /// <summary>
    /// Whether <paramref name="ballot"/> ranks <paramref name="a"/> strictly above <paramref name="b"/> under this profile's truncation mode.
    /// </summary>
    public bool Prefers(RankedBallot ballot, int a, int b)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        var ra = ballot.RankOf(a);
        var rb = ballot.RankOf(b);
        if (ra == RankedBallot.Unranked)
        {
            return false;
        }

        return rb == RankedBallot.Unranked ? Truncation == TruncationMode.UnrankedTiedAtBottom : ra < rb;
    }

    /// <summary>Computes the pairwise matrix afresh; <see cref="Matrix"/> caches this. For benchmarks and independent checks.</summary>
    public PairwiseMatrix ComputeMatrix()
    {
        var n = Candidates.Count;
        var store = Store;
        var count = store.Count;
        var bottom = Truncation == TruncationMode.UnrankedTiedAtBottom;

        // Partial matrices summed at the end: the inner loop is allocation-free and the split pays only for large profiles.
        // The number of parts is a constant, not the machine's core count, so the floating-point summation order (and thus
        // the canonical JSON of weighted profiles) is the same on every machine. Each cell receives at most one addition per
        // ballot, in ballot order, whatever the loop shape inside a ballot.
        var parts = count >= 4096 ? 4 : 1;
        var partials = new double[parts][];
        Parallel.For(0, parts, p =>
        {
            var s = new double[n * n];
            var unranked = new int[n];
            var from = (int)((long)count * p / parts);
            var to = (int)((long)count * (p + 1) / parts);
            var weights = store.Weights;
            for (var i = from; i < to; i++)
            {
                var order = store.OrderOf(i);
                var unrankedCount = 0;
                if (bottom && order.Length < n)
                {
                    var ranks = store.RanksOf(i);
                    for (var c = 0; c < n; c++)
                    {
                        if (ranks[c] == RankedBallot.Unranked)
                        {
                            unranked[unrankedCount++] = c;
                        }
                    }
                }

                var w = weights[i];
                if (store.AllStrict)
                {
                    AddStrict(s, n, order, unranked.AsSpan(0, unrankedCount), w);
                }
                else
                {
                    AddTiered(s, n, order, store.TierBoundsOf(i), unranked.AsSpan(0, unrankedCount), w);
                }
            }

            partials[p] = s;
        });

        var total = partials[0];
        for (var p = 1; p < parts; p++)
        {
            for (var k = 0; k < total.Length; k++)
            {
                total[k] += partials[p][k];
            }
        }

        return new PairwiseMatrix(n, total);
    }

    private static long VotersOf(RankedBallotStore store)
    {
        var voters = 0L;
        foreach (var c in store.Counts)
        {
            voters = checked(voters + c);
        }

        return voters;
    }

    // In ballot order, as the general constructor sums, so the total is the same bit for bit however the profile was built.
    private static double WeightOf(RankedBallotStore store)
    {
        var weight = 0.0;
        foreach (var w in store.Weights)
        {
            weight += w;
        }

        return weight;
    }

    private static WeightedBallot<RankedBallot>[] Views(RankedBallotStore store)
    {
        var views = new WeightedBallot<RankedBallot>[store.Count];
        var parts = views.Length >= 65536 ? 4 : 1;
        Parallel.For(0, parts, p =>
        {
            var counts = store.Counts;
            var weights = store.Weights;
            var to = (int)((long)views.Length * (p + 1) / parts);
            for (var i = (int)((long)views.Length * p / parts); i < to; i++)
            {
                views[i] = new WeightedBallot<RankedBallot>(store.ViewOf(i), counts[i], weights[i]);
            }
        });

        return views;
    }

    private static void AddStrict(double[] s, int n, ReadOnlySpan<int> order, ReadOnlySpan<int> unranked, double w)
    {
        for (var k = 0; k < order.Length; k++)
        {
            var row = s.AsSpan(order[k] * n, n);
            for (var j = k + 1; j < order.Length; j++)
            {
                row[order[j]] += w;
            }

            foreach (var u in unranked)
            {
                row[u] += w;
            }
        }
    }

    private static void AddTiered(double[] s, int n, ReadOnlySpan<int> order, ReadOnlySpan<int> bounds, ReadOnlySpan<int> unranked, double w)
    {
        for (var t = 0; t < bounds.Length - 1; t++)
        {
            var end = bounds[t + 1];
            for (var k = bounds[t]; k < end; k++)
            {
                var row = s.AsSpan(order[k] * n, n);
                for (var j = end; j < order.Length; j++)
                {
                    row[order[j]] += w;
                }

                foreach (var u in unranked)
                {
                    row[u] += w;
                }
            }
        }
    }
}
