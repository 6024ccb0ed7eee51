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

    /// <summary>The weighted pairwise-majority matrix, computed on first use and then shared.</summary>
    public PairwiseMatrix Matrix => _matrix.Value;

    /// <summary>The same ballots read under another truncation mode.</summary>
    public RankedProfile WithTruncation(TruncationMode truncation) =>
        truncation == Truncation ? this : new RankedProfile(Candidates, Ballots, truncation, alreadyDistinct: true);

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
        var ballots = BallotArray;
        var bottom = Truncation == TruncationMode.UnrankedTiedAtBottom;

        // Partial matrices summed at the end: the inner loop is allocation-free and the split pays only for large profiles.
        // The number of parts is a constant, not the machine's core count, so the floating-point summation order (and thus
        // the canonical JSON of weighted profiles) is the same on every machine.
        var parts = ballots.Length >= 4096 ? 4 : 1;
        var partials = new double[parts][];
        Parallel.For(0, parts, p =>
        {
            var s = new double[n * n];
            var unranked = new int[n];
            var from = (int)((long)ballots.Length * p / parts);
            var to = (int)((long)ballots.Length * (p + 1) / parts);
            for (var i = from; i < to; i++)
            {
                ref readonly var wb = ref ballots[i];
                var ballot = wb.Ballot;
                var order = ballot.Order;
                var bounds = ballot.TierBounds;
                var unrankedCount = 0;
                if (bottom && order.Length < n)
                {
                    var ranks = ballot.Ranks;
                    for (var c = 0; c < n; c++)
                    {
                        if (ranks[c] == RankedBallot.Unranked)
                        {
                            unranked[unrankedCount++] = c;
                        }
                    }
                }

                var w = wb.Weight;
                for (var t = 0; t < bounds.Length - 1; t++)
                {
                    var end = bounds[t + 1];
                    for (var k = bounds[t]; k < end; k++)
                    {
                        var row = order[k] * n;
                        for (var j = end; j < order.Length; j++)
                        {
                            s[row + order[j]] += w;
                        }

                        for (var u = 0; u < unrankedCount; u++)
                        {
                            s[row + unranked[u]] += w;
                        }
                    }
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
}
