namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Kemeny–Young: the rankings that maximise the total weight of voter agreement over all ordered pairs (equivalently,
/// minimise the Kendall-tau distance to the ballots); the winners are the candidates ranked first in some optimal ranking.
/// </summary>
/// <remarks>
/// Exact, by dynamic programming over subsets (O(2ⁿ·n²), not a scan of the n! permutations): h(T) is the best agreement
/// achievable below a placed prefix set T, and placing c right after T earns Σ over unplaced b of support(c over b). At most
/// 20 candidates. Tie rule: every candidate that heads some optimal ranking wins; the ranking is given only when the optimum is
/// unique. Truncation: ballots are read through the profile's pairwise matrix (unranked candidates tied at the bottom by
/// default, or incomparable).
/// Citation: Kemeny, "Mathematics without numbers", Daedalus 88 (1959); Young and Levenglick, "A consistent extension of
/// Condorcet's election principle", SIAM J. Appl. Math. 35 (1978); DP over subsets as in Betzler, Fellows, Guo, Niedermeier,
/// Rosamond, "Fixed-parameter algorithms for Kemeny rankings", Theoretical Computer Science 410 (2009).
/// <see href="https://doi.org/10.1137/0135023"/>
/// </remarks>
[AggregationMethod("kemeny-young", Version = 1)]
public sealed class KemenyYoung : IRankedMethod
{
    /// <summary>The largest number of candidates the exact algorithm accepts (2²⁰ states).</summary>
    public const int MaxCandidates = 20;

    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Kemeny-Young",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "The ranking(s) agreeing with the most voter pairwise preferences; their top candidates win.",
        TieRule = "Every candidate ranked first in some optimal ranking wins.",
        TruncationRule = Conventions.PairwiseTruncation,
        Citation = "Kemeny, Daedalus 88 (1959) 577-591; Young and Levenglick, SIAM J. Appl. Math. 35 (1978) 285-300.",
        Claims = Claims.Make([Axiom.CondorcetWinner, Axiom.CondorcetLoser, Axiom.Pareto, Axiom.Monotonicity, Axiom.MajorityWinner], [Axiom.CloneIndependence]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var n = profile.Candidates.Count;
        if (n > MaxCandidates)
        {
            throw new ArgumentException($"Exact Kemeny-Young supports at most {MaxCandidates} candidates (2^n states); this profile has {n}.", nameof(profile));
        }

        var m = profile.Matrix;
        var s = new double[n * n];
        var rowTotal = new double[n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                if (a != b)
                {
                    s[(a * n) + b] = m.Support(a, b);
                    rowTotal[a] += s[(a * n) + b];
                }
            }
        }

        var full = (1 << n) - 1;
        var h = new double[1 << n];
        var eps = 1e-9 * Math.Max(1, profile.TotalWeight) * n;

        // Backward over subsets by decreasing size is implied by decreasing numeric value: T ∪ {c} > T.
        for (var t = full - 1; t >= 0; t--)
        {
            if ((t & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var best = double.NegativeInfinity;
            for (var c = 0; c < n; c++)
            {
                if ((t & (1 << c)) != 0)
                {
                    continue;
                }

                var v = Gain(s, rowTotal, n, t, c) + h[t | (1 << c)];
                if (v > best)
                {
                    best = v;
                }
            }

            h[t] = best;
        }

        // Count optimal rankings (capped) to know whether the ranking is unique, walking only optimal transitions.
        var count = new double[1 << n];
        count[full] = 1;
        for (var t = full - 1; t >= 0; t--)
        {
            double total = 0;
            for (var c = 0; c < n; c++)
            {
                if ((t & (1 << c)) == 0 && Math.Abs(Gain(s, rowTotal, n, t, c) + h[t | (1 << c)] - h[t]) <= eps)
                {
                    total += count[t | (1 << c)];
                }
            }

            count[t] = Math.Min(total, 1e15);
        }

        var winners = Enumerable.Range(0, n).Where(c => Math.Abs(Gain(s, rowTotal, n, 0, c) + h[1 << c] - h[0]) <= eps).ToList();
        IReadOnlyList<IReadOnlyList<int>>? ranking = null;
        if (count[0] == 1)
        {
            var order = new List<IReadOnlyList<int>>();
            var t = 0;
            while (t != full)
            {
                var c = Enumerable.Range(0, n).First(c => (t & (1 << c)) == 0 && Math.Abs(Gain(s, rowTotal, n, t, c) + h[t | (1 << c)] - h[t]) <= eps);
                order.Add([c]);
                t |= 1 << c;
            }

            ranking = order;
        }

        var summary = ranking is null
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count[0]:0} optimal rankings with agreement {h[0]:0.###}; their first candidates: {Tally.Names(profile.Candidates, winners)}.")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The unique optimal ranking has agreement {h[0]:0.###}.");
        return new AggregationResult(winners, new PairwiseMarginsExplanation(summary, m.MarginRows()), ranking);
    }

    private static double Gain(double[] s, double[] rowTotal, int n, int placed, int c)
    {
        // Agreement earned by placing c directly after the set `placed`: support for c over every still-unplaced candidate.
        var g = rowTotal[c];
        var rest = placed;
        var row = c * n;
        while (rest != 0)
        {
            var b = System.Numerics.BitOperations.TrailingZeroCount(rest);
            g -= s[row + b];
            rest &= rest - 1;
        }

        return g;
    }
}
