namespace CollectiveAlignment.Sortition;

/// <summary>
/// LEXIMIN panel selection: the distribution over feasible panels whose sorted vector of selection probabilities is
/// lexicographically maximal (maximise the smallest probability, then the second smallest, ...).
/// </summary>
/// <remarks>
/// <para>Column generation as in Flanigan, Gölz, Gupta, Hennig, Procaccia, "Fair algorithms for selecting citizens'
/// assemblies", <i>Nature</i> 596, 548–552 (2021), doi:10.1038/s41586-021-03788-6, "Methods", with one exact
/// reduction: the leximin vector is unique and symmetric in interchangeable people, so the work is done on types
/// (distinct profiles) and a panel is a type-count vector (<see cref="ProfileTypes"/>).</para>
/// <para>Each stage solves the master LP <c>max z</c> s.t. <c>sum_P x_P c_Pt / n_t &gt;= z</c> (unfixed types),
/// <c>&gt;= f_t</c> (fixed types), <c>sum_P x_P = 1</c> (<see cref="HybridMasterLp"/>: a warm-started managed simplex
/// steers, exact solves at stage ends), prices new panels by a swap search (<see cref="PanelLocalSearch"/>) and the
/// integer program <c>max sum_t (y_t / n_t) c_t</c> (SCIP, zero gap) around a stability center that starts at the
/// duals of the stage's linear relaxation (<see cref="StageRelaxation"/>), and ends when, at an exact solve, no panel
/// beats the dual bound by more than 1e-9; then every unfixed type with dual <c>y_t &gt; 1e-7</c> is fixed at the stage
/// value (complementary slackness makes its constraint tight in every optimum).</para>
/// </remarks>
public static class Leximin
{
    private const double PricingTolerance = 1e-9;
    private const double FixTolerance = 1e-7;
    private const double FixSlack = 1e-10;
    private const double SmoothingAlpha = 0.5;
    private const int HeuristicStreak = 4;
    private const int LocalSearchStarts = 2;

    /// <summary>Computes the LEXIMIN distribution, or explains why no feasible panel exists.</summary>
    /// <param name="problem">The instance.</param>
    /// <param name="cancellationToken">Checked between solver calls.</param>
    /// <returns>The distribution and diagnostics, or the infeasibility explanation.</returns>
    public static LeximinOutcome Solve(SelectionProblem problem, CancellationToken cancellationToken = default) => Solve(problem, null, cancellationToken);

    /// <summary>Computes the LEXIMIN distribution, reporting progress (for background jobs and benchmarks).</summary>
    /// <param name="problem">The instance.</param>
    /// <param name="progress">Receives one line per phase and per stage; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked between solver calls.</param>
    /// <returns>The distribution and diagnostics, or the infeasibility explanation.</returns>
    public static LeximinOutcome Solve(SelectionProblem problem, IProgress<string>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var types = ProfileTypes.Build(problem);
        var typeCount = types.Count;
        using var mip = new PanelMip(problem, types);
        var columns = new List<int[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pricingCalls = 0;

        bool AddColumn(int[] counts) => seen.Add(string.Join(',', counts)) && Add(columns, counts);

        var first = mip.Maximize(new double[typeCount]);
        pricingCalls++;
        if (first is null)
        {
            return new LeximinOutcome(null, null, InfeasibilityDiagnosis.Explain(problem));
        }

        AddColumn(first);

        // Multiplicative weights: panels that favour people the earlier panels used little give the LP a spread of
        // columns to start from, which saves many pricing rounds.
        var weights = Enumerable.Repeat(1.0, typeCount).ToArray();
        var rounds = Math.Min(2 * typeCount, 150);
        for (var r = 0; r < rounds; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var panel = mip.Maximize(weights)!;
            pricingCalls++;
            AddColumn(panel);
            for (var t = 0; t < typeCount; t++)
            {
                weights[t] *= 1.0 - (0.8 * panel[t] / types.Members[t].Length);
            }

            var max = weights.Max();
            for (var t = 0; t < typeCount; t++)
            {
                weights[t] /= max;
            }
        }

        progress?.Report(FormattableString.Invariant($"{typeCount} types; {columns.Count} initial panels after {pricingCalls} integer programs"));
        var covered = new bool[typeCount];
        foreach (var column in columns)
        {
            for (var t = 0; t < typeCount; t++)
            {
                covered[t] |= column[t] > 0;
            }
        }

        var coverable = new bool[typeCount];
        var single = new double[typeCount];
        for (var t = 0; t < typeCount; t++)
        {
            if (covered[t])
            {
                coverable[t] = true;
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            single[t] = 1;
            var panel = mip.Maximize(single)!;
            single[t] = 0;
            pricingCalls++;
            if (panel[t] > 0)
            {
                coverable[t] = true;
                AddColumn(panel);
                for (var u = 0; u < typeCount; u++)
                {
                    covered[u] |= panel[u] > 0;
                }
            }
        }

        for (var t = 0; t < typeCount; t++)
        {
            if (!coverable[t])
            {
                // No feasible panel contains this type: its probability is 0, and pricing must not waste effort on it.
                mip.SetUpperBound(t, 0);
            }
        }

        using var lp = new HybridMasterLp(types, coverable);
        var search = new PanelLocalSearch(problem, types, coverable);
        int[]? lastPriced = null;
        var heuristicHits = 0;
        var heuristicStreak = 0;
        foreach (var column in columns)
        {
            lp.TryAdd(column);
        }

        // A basic solution uses at most one column per row; twice that keeps recent columns without letting the LP grow.
        var pruneLimit = 2 * (coverable.Count(c => c) + 1);
        progress?.Report(FormattableString.Invariant($"{coverable.Count(c => !c)} uncoverable types; {columns.Count} panels; {pricingCalls} integer programs"));
        var isFixed = coverable.Select(c => !c).ToArray();
        var duals = new double[typeCount];
        var prices = new double[typeCount];
        var smoothed = new double[typeCount];

        double Value(double[] point, int[] panel)
        {
            var total = 0.0;
            for (var t = 0; t < typeCount; t++)
            {
                total += point[t] * panel[t] / types.Members[t].Length;
            }

            return total;
        }

        (int[] Panel, double Value, List<int[]> Pool) Price(double[] point)
        {
            for (var t = 0; t < typeCount; t++)
            {
                prices[t] = point[t] / types.Members[t].Length;
            }

            var pool = new List<int[]> { mip.Maximize(prices)! };
            lastPriced = pool[0];
            pricingCalls++;
            return (pool[0], Value(point, pool[0]), pool);
        }

        // Swap search from the last priced panel and the best known panels at the given point.
        List<int[]> LocalSearchPanels(double[] point)
        {
            for (var t = 0; t < typeCount; t++)
            {
                prices[t] = point[t] / types.Members[t].Length;
            }

            // The best known panels at this point are the likeliest to be a few swaps from an improving one.
            var starts = lp.Columns
                .Select(column => (Column: column, Value: Value(point, column)))
                .OrderByDescending(c => c.Value)
                .Take(LocalSearchStarts)
                .Select(c => c.Column)
                .Prepend(lastPriced);
            var found = new List<int[]>();
            foreach (var start in starts)
            {
                if (start is not null)
                {
                    found.Add(search.Improve(start, prices));
                }
            }

            return found;
        }

        // Adds every pool solution that improves the current LP; true if any was new.
        bool AddImproving(List<int[]> pool, double bound)
        {
            var added = false;
            foreach (var candidate in pool)
            {
                if (Value(duals, candidate) - bound > PricingTolerance)
                {
                    added |= lp.TryAdd(candidate);
                }
            }

            return added;
        }

        var stages = 0;
        var maxGap = 0.0;
        var relaxations = 0;
        var lpWatch = new System.Diagnostics.Stopwatch();
        var iterations = 0;
        while (isFixed.Contains(false))
        {
            stages++;
            double stageValue;
            double[]? center = null;
            var centerBound = double.PositiveInfinity;
            var wantExact = false;

            // Start the stabilization center at the duals of the stage's linear relaxation (see StageRelaxation).
            var relaxed = StageRelaxation.Duals(problem, types, coverable, isFixed, lp.FixedValue);
            if (relaxed is not null)
            {
                var (panel, value, _) = Price(relaxed);
                UpdateCenter(relaxed, value);
                lp.TryAdd(panel);
            }

            void UpdateCenter(double[] point, double pricingValue)
            {
                // Lagrangian bound on the stage value: max_P sum_t y_t c_Pt / n_t - sum_{fixed} y_t f_t.
                var lagrangian = pricingValue;
                for (var t = 0; t < typeCount; t++)
                {
                    if (isFixed[t] && coverable[t])
                    {
                        lagrangian -= point[t] * lp.FixedValue(t);
                    }
                }

                if (lagrangian < centerBound)
                {
                    centerBound = lagrangian;
                    center = (double[])point.Clone();
                }
            }

            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var exact = wantExact;
                wantExact = false;
                lpWatch.Start();
                var solved = lp.Solve(exact);
                lpWatch.Stop();
                if (!solved)
                {
                    wantExact = exact;
                    // Round-off made the fixed lower bounds jointly unreachable: lower them a little and retry.
                    relaxations++;
                    if (relaxations > 50)
                    {
                        throw new InvalidOperationException("LEXIMIN master LP stayed infeasible after 50 numerical relaxations.");
                    }

                    lp.LowerFixed(1e-9);
                    continue;
                }

                stageValue = lp.Z;
                var bound = lp.Mu;
                Array.Copy(lp.Duals, duals, typeCount);
                lp.Prune(pruneLimit);
                if (++iterations % 25 == 0)
                {
                    progress?.Report(FormattableString.Invariant($"  stage {stages}: LP value {stageValue:R}, bound {centerBound:R}, {lp.Generated} panels, LP time {lpWatch.Elapsed.TotalSeconds:F1}s"));
                }

                // Swap search first (at the smoothed point, like the integer program), but every few rounds the
                // integer program runs anyway: only it moves the Lagrangian bound and the smoothing center.
                if (search.Applies && heuristicStreak < HeuristicStreak)
                {
                    var point = duals;
                    if (center is not null)
                    {
                        for (var t = 0; t < typeCount; t++)
                        {
                            smoothed[t] = (SmoothingAlpha * center[t]) + ((1 - SmoothingAlpha) * duals[t]);
                        }

                        point = smoothed;
                    }

                    if (AddImproving(LocalSearchPanels(point), bound))
                    {
                        heuristicHits++;
                        heuristicStreak++;
                        continue;
                    }
                }

                heuristicStreak = 0;

                if (center is not null)
                {
                    for (var t = 0; t < typeCount; t++)
                    {
                        smoothed[t] = (SmoothingAlpha * center[t]) + ((1 - SmoothingAlpha) * duals[t]);
                    }

                    var (_, smoothValue, smoothPool) = Price(smoothed);
                    UpdateCenter(smoothed, smoothValue);
                    if (AddImproving(smoothPool, bound))
                    {
                        continue;
                    }
                }

                var (_, value, pool) = Price(duals);
                UpdateCenter(duals, value);
                var gap = value - bound;
                if (gap > PricingTolerance && AddImproving(pool, bound))
                {
                    continue;
                }

                if (!exact)
                {
                    // Steering solves are perturbed: the stage ends only on an exact solve that prices out too.
                    wantExact = true;
                    continue;
                }

                maxGap = Math.Max(maxGap, gap);
                break;
            }

            var best = -1;
            var fixedAny = false;
            for (var t = 0; t < typeCount; t++)
            {
                if (isFixed[t])
                {
                    continue;
                }

                if (best < 0 || duals[t] > duals[best])
                {
                    best = t;
                }

                // A stage value of 1 means every unfixed type is already at the ceiling: fix them all at once
                // instead of one per (dual-degenerate) stage.
                if (duals[t] > FixTolerance || stageValue >= 1 - PricingTolerance)
                {
                    Fix(t);
                    fixedAny = true;
                }
            }

            if (!fixedAny)
            {
                Fix(best);
            }

            progress?.Report(FormattableString.Invariant($"stage {stages}: value {stageValue:R}, {isFixed.Count(f => f)}/{typeCount} fixed, {lp.Generated} panels, {pricingCalls} integer programs, LP time {lpWatch.Elapsed.TotalSeconds:F1}s ({lp.SimplexPivots} pivots, {lp.CrashStarts} crash starts, {lp.ExactSolves} exact solves ({lp.UnperturbedExact} by the simplex), {heuristicHits} swap-search panels{(lp.FellBack ? ", GLOP fallback: " + lp.FallbackReason : string.Empty)})"));

            void Fix(int t)
            {
                isFixed[t] = true;
                lp.Fix(t, stageValue - FixSlack);
            }
        }

        // The last master LP solution satisfies every fixed value: it is the lottery.
        var panels = new List<PanelClass>();
        if (coverable.Contains(true))
        {
            for (var j = 0; j < lp.Weights.Length; j++)
            {
                if (lp.Weights[j] > 1e-12)
                {
                    panels.Add(new PanelClass(lp.Weights[j], lp.Columns[j]));
                }
            }
        }
        else
        {
            panels.Add(new PanelClass(1, columns[0]));
        }

        var ids = types.Members.Select(m => (IReadOnlyList<string>)m.Select(i => problem.People[i].Id).ToArray()).ToList();
        var distribution = new PanelDistribution(ids, panels);
        var diagnostics = new LeximinDiagnostics(typeCount, coverable.Count(c => !c), stages, lp.Generated, pricingCalls, maxGap, relaxations)
        {
            SwapSearchPanels = heuristicHits,
            SimplexPivots = lp.SimplexPivots,
            GlopSolves = lp.ExactSolves,
            GlopFallback = lp.FellBack,
        };
        return new LeximinOutcome(distribution, diagnostics, null);
    }

    private static bool Add(List<int[]> columns, int[] counts)
    {
        columns.Add(counts);
        return true;
    }
}
