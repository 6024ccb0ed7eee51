namespace CollectiveAlignment.Sortition;

/// <summary>
/// Column generation for one master LP (<see cref="HybridMasterLp"/>): solves a stage <c>max z</c> to optimality by
/// adding panels found by the swap search (<see cref="PanelLocalSearch"/>) and the integer program
/// (<see cref="PanelMip"/>), with in-out (Wentges) smoothing of the pricing point toward the best dual center found.
/// </summary>
/// <remarks>
/// <para>A stage ends at an exact solve that no panel beats by more than 1e-9 (the steering solves are perturbed, see
/// <see cref="MasterSimplex"/>), or, when the stage has a known ceiling, at an exact solve that reaches it: then the LP
/// is optimal whatever the duals say, and the degenerate pivots that pricing would still find are skipped.</para>
/// <para>Row <c>t</c> divides counts by <c>scale[t]</c>: the type size for LEXIMIN stages, the target expected count
/// when the LP decomposes a given point into panels.</para>
/// </remarks>
internal sealed class ColumnGeneration
{
    private const double PricingTolerance = 1e-9;
    private const double SmoothingAlpha = 0.5;
    private const int HeuristicStreak = 4;
    private const int LocalSearchStarts = 2;
    private const double CeilingWatch = 1e-6;

    private readonly ProfileTypes _types;
    private readonly PanelMip _mip;
    private readonly PanelLocalSearch _search;
    private readonly HybridMasterLp _lp;
    private readonly bool[] _inLp;
    private readonly double[] _scale;
    private readonly int _pruneLimit;
    private readonly double[] _prices;
    private readonly double[] _smoothed;
    private readonly System.Diagnostics.Stopwatch _lpWatch = new();
    private int[]? _lastPriced;
    private int _heuristicStreak;
    private int _iterations;

    /// <param name="types">The pool's types.</param>
    /// <param name="mip">Pricing integer program (over the same panels as <paramref name="search"/>).</param>
    /// <param name="search">Swap search.</param>
    /// <param name="lp">The master LP, built with <paramref name="inLp"/> and <paramref name="scale"/>.</param>
    /// <param name="inLp">Types with a row in the LP.</param>
    /// <param name="scale">Row divisor per type.</param>
    public ColumnGeneration(ProfileTypes types, PanelMip mip, PanelLocalSearch search, HybridMasterLp lp, bool[] inLp, double[] scale)
    {
        _types = types;
        _mip = mip;
        _search = search;
        _lp = lp;
        _inLp = inLp;
        _scale = scale;
        _prices = new double[types.Count];
        _smoothed = new double[types.Count];
        Duals = new double[types.Count];

        // A basic solution uses at most one column per row; twice that keeps recent columns without letting the LP grow.
        _pruneLimit = 2 * (inLp.Count(c => c) + 1);
    }

    /// <summary>Integer programs solved.</summary>
    public int PricingCalls { get; private set; }

    /// <summary>Panels found by the swap search that improved the LP.</summary>
    public int SwapSearchPanels { get; private set; }

    /// <summary>Largest certified optimality gap at a stage end.</summary>
    public double MaxGap { get; private set; }

    /// <summary>Times the fixed values were lowered because round-off made the LP infeasible.</summary>
    public int Relaxations { get; private set; }

    /// <summary>Duals of the last stage's final solve.</summary>
    public double[] Duals { get; }

    /// <summary>Time spent in master LP solves.</summary>
    public TimeSpan LpTime => _lpWatch.Elapsed;

    /// <summary>Runs one stage to optimality.</summary>
    /// <param name="isFixed">Types whose rows are fixed (the others share z).</param>
    /// <param name="center">Starting stability center (e.g. the duals of the stage's relaxation), or null.</param>
    /// <param name="ceiling">A value z cannot exceed, or <see cref="double.PositiveInfinity"/>.</param>
    /// <param name="report">Receives a progress line every 25 rounds; may be null.</param>
    /// <param name="cancellationToken">Checked every round.</param>
    /// <returns>The stage value of the final, exact solve.</returns>
    public double RunStage(bool[] isFixed, double[]? center, double ceiling, Action<string>? report, CancellationToken cancellationToken)
    {
        var typeCount = _types.Count;
        var centerBound = double.PositiveInfinity;
        var wantExact = false;
        if (center is not null)
        {
            var (panel, value) = Price(center);
            center = UpdateCenter(center, value, null);
            _lp.TryAdd(panel);
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var exact = wantExact;
            wantExact = false;
            _lpWatch.Start();
            var solved = _lp.Solve(exact);
            _lpWatch.Stop();
            if (!solved)
            {
                wantExact = exact;

                // Round-off made the fixed lower bounds jointly unreachable: lower them a little and retry.
                if (++Relaxations > 50)
                {
                    throw new InvalidOperationException("LEXIMIN master LP stayed infeasible after 50 numerical relaxations.");
                }

                _lp.LowerFixed(1e-9);
                continue;
            }

            var stageValue = _lp.Z;
            var bound = _lp.Mu;
            Array.Copy(_lp.Duals, Duals, typeCount);
            if (stageValue >= ceiling - (exact ? PricingTolerance : CeilingWatch))
            {
                if (exact)
                {
                    MaxGap = Math.Max(MaxGap, ceiling - stageValue);
                    return stageValue;
                }

                wantExact = true;
                continue;
            }

            _lp.Prune(_pruneLimit);
            if (++_iterations % 25 == 0)
            {
                report?.Invoke(FormattableString.Invariant($"LP value {stageValue:R}, bound {centerBound:R}, {_lp.Generated} panels, LP time {LpTime.TotalSeconds:F1}s ({_lp.SimplexPivots} pivots)"));
            }

            // Swap search first (at the smoothed point, like the integer program), but every few rounds the
            // integer program runs anyway: only it moves the Lagrangian bound and the smoothing center.
            if (_search.Applies && _heuristicStreak < HeuristicStreak)
            {
                var point = center is null ? Duals : Smooth(center);
                if (AddImproving(LocalSearchPanels(point), bound))
                {
                    SwapSearchPanels++;
                    _heuristicStreak++;
                    continue;
                }
            }

            _heuristicStreak = 0;
            if (center is not null)
            {
                var smoothed = Smooth(center);
                var (smoothPanel, smoothValue) = Price(smoothed);
                center = UpdateCenter(smoothed, smoothValue, center);
                if (AddImproving([smoothPanel], bound))
                {
                    continue;
                }
            }

            var (panel, value) = Price(Duals);
            center = UpdateCenter(Duals, value, center);
            var gap = value - bound;
            if (gap > PricingTolerance && AddImproving([panel], bound))
            {
                continue;
            }

            if (!exact)
            {
                // Steering solves are perturbed: the stage ends only on an exact solve that prices out too.
                wantExact = true;
                continue;
            }

            // Against a known ceiling, the distance to it is what the caller must accept.
            MaxGap = Math.Max(MaxGap, double.IsFinite(ceiling) ? Math.Max(gap, ceiling - stageValue) : gap);
            return stageValue;
        }

        double[] UpdateCenter(double[] point, double pricingValue, double[]? current)
        {
            // Lagrangian bound on the stage value: max_P sum_t y_t c_Pt / s_t - sum_{fixed} y_t f_t.
            var lagrangian = pricingValue;
            for (var t = 0; t < typeCount; t++)
            {
                if (isFixed[t] && _inLp[t])
                {
                    lagrangian -= point[t] * _lp.FixedValue(t);
                }
            }

            if (lagrangian < centerBound || current is null)
            {
                centerBound = Math.Min(centerBound, lagrangian);
                return (double[])point.Clone();
            }

            return current;
        }
    }

    /// <summary>Objective of a panel at a dual point: <c>sum_t y_t c_t / s_t</c>.</summary>
    public double Value(double[] point, int[] panel)
    {
        var total = 0.0;
        for (var t = 0; t < _types.Count; t++)
        {
            if (_inLp[t])
            {
                total += point[t] * panel[t] / _scale[t];
            }
        }

        return total;
    }

    private double[] Smooth(double[] center)
    {
        for (var t = 0; t < _types.Count; t++)
        {
            _smoothed[t] = (SmoothingAlpha * center[t]) + ((1 - SmoothingAlpha) * Duals[t]);
        }

        return _smoothed;
    }

    private void SetPrices(double[] point)
    {
        for (var t = 0; t < _types.Count; t++)
        {
            _prices[t] = _inLp[t] ? point[t] / _scale[t] : 0;
        }
    }

    private (int[] Panel, double Value) Price(double[] point)
    {
        SetPrices(point);
        var panel = _mip.Maximize(_prices) ?? throw new InvalidOperationException("The pricing integer program found no panel although the master LP has one.");
        _lastPriced = panel;
        PricingCalls++;
        return (panel, Value(point, panel));
    }

    // Swap search from the last priced panel and the best known panels at the given point.
    private List<int[]> LocalSearchPanels(double[] point)
    {
        SetPrices(point);

        // The best known panels at this point are the likeliest to be a few swaps from an improving one.
        var starts = _lp.Columns
            .Select(column => (Column: column, Value: Value(point, column)))
            .OrderByDescending(c => c.Value)
            .Take(LocalSearchStarts)
            .Select(c => c.Column)
            .Prepend(_lastPriced);
        var found = new List<int[]>();
        foreach (var start in starts)
        {
            if (start is not null)
            {
                found.Add(_search.Improve(start, _prices));
            }
        }

        return found;
    }

    // Adds every candidate that improves the current LP; true if any was new.
    private bool AddImproving(List<int[]> candidates, double bound)
    {
        var added = false;
        foreach (var candidate in candidates)
        {
            if (Value(Duals, candidate) - bound > PricingTolerance)
            {
                added |= _lp.TryAdd(candidate);
            }
        }

        return added;
    }
}
