namespace CollectiveAlignment.Sortition;

/// <summary>
/// LEXIMIN panel selection: the distribution over feasible panels whose sorted vector of selection probabilities is
/// lexicographically maximal (maximise the smallest probability, then the second smallest, ...).
/// </summary>
/// <remarks>
/// <para>Column generation as in Flanigan, Gölz, Gupta, Hennig, Procaccia, "Fair algorithms for selecting citizens'
/// assemblies", <i>Nature</i> 596, 548–552 (2021), doi:10.1038/s41586-021-03788-6, "Methods", with two exact
/// reductions. First, the leximin vector is unique and symmetric in interchangeable people, so the work is done on
/// types (distinct profiles) and a panel is a type-count vector (<see cref="ProfileTypes"/>).</para>
/// <para>Second, the leximin point of the panels' linear relaxation (<see cref="RelaxedLeximin"/>, small LPs without
/// column generation) is the answer whenever it is a lottery over panels, since every lottery's expected counts lie
/// in the relaxation. So it is computed first and decomposed: one column-generation stage with rows
/// <c>sum_P x_P c_Pt / e_t &gt;= z</c>, priced only on the face of the relaxation that contains the point
/// (<see cref="PanelFace"/>), ends at an exact <c>z &gt;= 1 - 1e-9</c> or when priced out, and is accepted if
/// <c>z &gt;= 1 - 1e-7</c>. On the generated instances it always is a
/// lottery, and on the reference instance this replaces 18 stages and ~3,000 panels by one stage and ~650 panels.</para>
/// <para>If the decomposition's value stays below 1 (the point is no lottery), the staged algorithm runs over all
/// panels: each stage solves the master LP <c>max z</c> s.t. <c>sum_P x_P c_Pt / n_t &gt;= z</c> (unfixed types),
/// <c>&gt;= f_t</c> (fixed types), <c>sum_P x_P = 1</c> (<see cref="HybridMasterLp"/>: a warm-started managed simplex
/// steers, exact solves at stage ends), prices new panels by a swap search (<see cref="PanelLocalSearch"/>) and the
/// integer program <c>max sum_t (y_t / n_t) c_t</c> (SCIP, zero gap) around a stability center that starts at the
/// duals of the stage's linear relaxation (<see cref="StageRelaxation"/>), and ends when, at an exact solve, no panel
/// beats the dual bound by more than 1e-9 (<see cref="ColumnGeneration"/>); then every unfixed type with dual
/// <c>y_t &gt; 1e-7</c> is fixed at the stage value (complementary slackness makes its constraint tight in every
/// optimum).</para>
/// </remarks>
public static class Leximin
{
    private const double PricingTolerance = 1e-9;
    private const double FixTolerance = 1e-7;
    private const double FixSlack = 1e-10;

    // Column generation can certify z only to about 1e-9 (the pricing tolerance, and SCIP's own feasibility
    // tolerance): on the pool of 1,000 it priced out at 1 - 2.8e-9. A lottery within a relative 1e-7 of the point
    // leaves every probability within 1e-8 of it, far inside the 1e-6 / 1e-5 the tests demand.
    private const double DecompositionTolerance = 1e-7;

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
    public static LeximinOutcome Solve(SelectionProblem problem, IProgress<string>? progress, CancellationToken cancellationToken = default) =>
        Solve(problem, LeximinOptions.Default, progress, cancellationToken);

    /// <summary>Computes the LEXIMIN distribution with the given settings (e.g. the master LP solver).</summary>
    /// <param name="problem">The instance.</param>
    /// <param name="options">The settings; <see cref="LeximinOptions.Default"/> is what the other overloads use.</param>
    /// <param name="progress">Receives one line per phase and per stage; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked between solver calls.</param>
    /// <returns>The distribution and diagnostics, or the infeasibility explanation.</returns>
    public static LeximinOutcome Solve(SelectionProblem problem, LeximinOptions options, IProgress<string>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        var types = ProfileTypes.Build(problem);
        var typeCount = types.Count;
        using var mip = new PanelMip(problem, types);
        var columns = new List<int[]>();
        var pricingCalls = 0;

        var first = mip.Maximize(new double[typeCount]);
        pricingCalls++;
        if (first is null)
        {
            return new LeximinOutcome(null, null, InfeasibilityDiagnosis.Explain(problem));
        }

        columns.Add(first);

        // Which types some feasible panel contains: maximise the number of members of uncovered types until a panel
        // takes none, which proves that no panel contains any of them (their probability is 0).
        var coverable = first.Select(c => c > 0).ToArray();
        var uncovered = new double[typeCount];
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var t = 0; t < typeCount; t++)
            {
                uncovered[t] = coverable[t] ? 0 : 1;
            }

            if (!uncovered.Contains(1))
            {
                break;
            }

            var panel = mip.Maximize(uncovered)!;
            pricingCalls++;
            var coversNew = false;
            for (var t = 0; t < typeCount; t++)
            {
                coversNew |= panel[t] > 0 && !coverable[t];
                coverable[t] |= panel[t] > 0;
            }

            if (!coversNew)
            {
                break;
            }

            columns.Add(panel);
        }

        for (var t = 0; t < typeCount; t++)
        {
            if (!coverable[t])
            {
                // No feasible panel contains this type: pricing must not waste effort on it.
                mip.SetUpperBound(t, 0);
            }
        }

        progress?.Report(FormattableString.Invariant($"{typeCount} types, {coverable.Count(c => !c)} in no feasible panel; {pricingCalls} integer programs"));
        var expected = coverable.Contains(true) ? RelaxedLeximin.Solve(problem, types, coverable, cancellationToken) : null;
        var work = new Work(options);
        List<PanelClass>? panels = null;
        var stages = 0;
        if (expected is { } relaxed)
        {
            progress?.Report(FormattableString.Invariant($"linear relaxation: leximin point after {relaxed.Stages} stages; writing it as a lottery over panels"));
            panels = Decompose(problem, types, coverable, relaxed.Expected, columns, work, progress, cancellationToken);
            stages = relaxed.Stages;
        }

        if (panels is null)
        {
            if (expected is not null)
            {
                progress?.Report("the relaxation's leximin point is no lottery over panels: solving stage by stage");
            }

            (panels, stages) = SolveByStages(problem, types, mip, coverable, columns, work, progress, cancellationToken);
        }

        var ids = types.Members.Select(m => (IReadOnlyList<string>)m.Select(i => problem.People[i].Id).ToArray()).ToList();
        var distribution = new PanelDistribution(ids, panels);
        var diagnostics = new LeximinDiagnostics(typeCount, coverable.Count(c => !c), stages, work.Generated, pricingCalls + work.PricingCalls, work.MaxGap, work.Relaxations)
        {
            SwapSearchPanels = work.SwapSearchPanels,
            SimplexPivots = work.SimplexPivots,
            GlopSolves = work.GlopSolves,
            GlopFallback = work.GlopFallback,
            FallbackReason = work.FallbackReason,
            MasterSolver = options.MasterSolver,
            Decomposed = work.Decomposed,
        };
        return new LeximinOutcome(distribution, diagnostics, null);
    }

    /// <summary>
    /// Writes the relaxation's leximin point as a lottery over panels of its face: one column-generation stage with
    /// rows <c>sum_P x_P c_Pt / e_t &gt;= z</c>, whose value cannot exceed 1 (both sides sum to the panel size) and
    /// reaches 1 exactly when <c>e</c> is such a lottery.
    /// </summary>
    /// <returns>The lottery, or null if the point is not one (then <paramref name="known"/> gains the panels found).</returns>
    private static List<PanelClass>? Decompose(SelectionProblem problem, ProfileTypes types, bool[] coverable, double[] expected, List<int[]> known, Work work, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var face = PanelFace.Of(problem, types, coverable, expected);
        using var mip = PanelMip.OnFace(problem, types, face);

        // Pricing needs a start; a panel close to the point is a good one.
        var first = mip.Maximize(expected.Select((e, t) => face.Free[t] ? 1 / e : 0).ToArray());
        work.PricingCalls++;
        if (first is null)
        {
            return null;
        }

        progress?.Report(FormattableString.Invariant($"face: {face.TightQuotas} of {problem.ValueCount} quotas tight, {face.Free.Count(f => !f)} types held at 0 or at every member"));
        using var lp = new HybridMasterLp(types, face.Free, expected, work.Options);
        lp.TryAdd(first);
        foreach (var column in known)
        {
            if (face.Contains(column, types))
            {
                lp.TryAdd(column);
            }
        }

        var generation = new ColumnGeneration(types, mip, new PanelLocalSearch(problem, types, face), lp, face.Free, expected);
        var value = generation.RunStage(new bool[types.Count], null, 1, line => progress?.Report("  decomposition: " + line), cancellationToken);
        work.Add(generation, lp);
        progress?.Report(FormattableString.Invariant($"decomposition: value {value:R}, {lp.Generated} panels, {work.PricingCalls} integer programs, LP time {generation.LpTime.TotalSeconds:F1}s ({lp.SimplexPivots} pivots, {generation.SwapSearchPanels} swap-search panels)"));
        if (value < 1 - DecompositionTolerance)
        {
            known.AddRange(lp.Columns);
            return null;
        }

        work.Decomposed = true;
        return Lottery(lp);
    }

    /// <summary>The staged column generation of Flanigan et al. over all feasible panels.</summary>
    private static (List<PanelClass> Panels, int Stages) SolveByStages(SelectionProblem problem, ProfileTypes types, PanelMip mip, bool[] coverable, List<int[]> known, Work work, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var typeCount = types.Count;
        var sizes = types.Sizes();

        // Multiplicative weights: panels that favour people the earlier panels used little give the LP a spread of
        // columns to start from, which saves many pricing rounds.
        var weights = coverable.Select(c => c ? 1.0 : 0.0).ToArray();
        var rounds = Math.Min(2 * typeCount, 150);
        for (var r = 0; r < rounds; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var panel = mip.Maximize(weights)!;
            work.PricingCalls++;
            known.Add(panel);
            for (var t = 0; t < typeCount; t++)
            {
                weights[t] *= 1.0 - (0.8 * panel[t] / sizes[t]);
            }

            var max = weights.Max();
            for (var t = 0; t < typeCount; t++)
            {
                weights[t] /= max;
            }
        }

        using var lp = new HybridMasterLp(types, coverable, sizes, work.Options);
        foreach (var column in known)
        {
            lp.TryAdd(column);
        }

        var generation = new ColumnGeneration(types, mip, new PanelLocalSearch(problem, types, coverable), lp, coverable, sizes);
        var isFixed = coverable.Select(c => !c).ToArray();
        var stages = 0;
        while (isFixed.Contains(false))
        {
            stages++;

            // Start the stabilization center at the duals of the stage's linear relaxation (see StageRelaxation).
            var relaxation = StageRelaxation.Solve(problem, types, coverable, isFixed, lp.FixedValue);
            var stageNumber = stages;
            var stageValue = generation.RunStage(isFixed, relaxation?.Duals, double.PositiveInfinity, line => progress?.Report(FormattableString.Invariant($"  stage {stageNumber}: {line}")), cancellationToken);
            var duals = generation.Duals;
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

            progress?.Report(FormattableString.Invariant($"stage {stages}: value {stageValue:R}, {isFixed.Count(f => f)}/{typeCount} fixed, {lp.Generated} panels, {work.PricingCalls + generation.PricingCalls} integer programs, LP time {generation.LpTime.TotalSeconds:F1}s ({lp.SimplexPivots} pivots, {lp.CrashStarts} crash starts, {lp.ExactSolves} exact solves ({lp.UnperturbedExact} by the simplex), {generation.SwapSearchPanels} swap-search panels{(lp.FellBack ? ", GLOP fallback: " + lp.FallbackReason : string.Empty)})"));

            void Fix(int t)
            {
                isFixed[t] = true;
                lp.Fix(t, stageValue - FixSlack);
            }
        }

        work.Add(generation, lp);

        // The last master LP solution satisfies every fixed value: it is the lottery.
        return (coverable.Contains(true) ? Lottery(lp) : [new PanelClass(1, known[0])], stages);
    }

    private static List<PanelClass> Lottery(HybridMasterLp lp)
    {
        var panels = new List<PanelClass>();
        for (var j = 0; j < lp.Weights.Length; j++)
        {
            if (lp.Weights[j] > 1e-12)
            {
                panels.Add(new PanelClass(lp.Weights[j], lp.Columns[j]));
            }
        }

        return panels;
    }

    /// <summary>Work counted across the decomposition and the staged solve, for <see cref="LeximinDiagnostics"/>.</summary>
    private sealed class Work(LeximinOptions options)
    {
        public LeximinOptions Options { get; } = options;

        public int PricingCalls { get; set; }

        public int Generated { get; private set; }

        public int SwapSearchPanels { get; private set; }

        public double MaxGap { get; private set; }

        public int Relaxations { get; private set; }

        public long SimplexPivots { get; private set; }

        public int GlopSolves { get; private set; }

        public bool GlopFallback { get; private set; }

        public string? FallbackReason { get; private set; }

        public bool Decomposed { get; set; }

        public void Add(ColumnGeneration generation, HybridMasterLp lp)
        {
            PricingCalls += generation.PricingCalls;
            // The staged fallback starts from the decomposition's panels: count them once.
            Generated = Math.Max(Generated, lp.Generated);
            SwapSearchPanels += generation.SwapSearchPanels;
            MaxGap = Math.Max(MaxGap, generation.MaxGap);
            Relaxations += generation.Relaxations;
            SimplexPivots += lp.SimplexPivots;
            GlopSolves += lp.ExactSolves;
            GlopFallback |= lp.FellBack;
            FallbackReason ??= lp.FallbackReason;
        }
    }
}
