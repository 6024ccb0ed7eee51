namespace CollectiveAlignment.Sortition;

/// <summary>
/// The master LP as column generation uses it: steering solves by the warm-started <see cref="MasterSimplex"/>, exact
/// solves (at stage ends) by GLOP (<see cref="MasterLp"/>) over the columns that matter.
/// </summary>
/// <remarks>
/// <para>The managed simplex is fast because it keeps a (slightly perturbed) basis between solves; GLOP is slow
/// because the OR-Tools wrapper makes it start from scratch, but it has years of numerical hardening. Every number the
/// run keeps (stage values, the duals that decide which types are fixed, the final lottery) therefore comes from GLOP;
/// the simplex only decides which panels to price next.</para>
/// <para>An exact solve gives GLOP the columns in the simplex's solution plus those whose reduced cost is within 1e-3
/// of entering, and all columns if that LP is infeasible. Leaving the others out is safe: the caller prices all
/// panels by integer programming after the exact solve and re-finds any panel that would improve it.</para>
/// <para>If the simplex reports a numerical breakdown, every later solve goes to GLOP (<see cref="FellBack"/>). With
/// <see cref="MasterSolver.Glop"/> that path is taken from the start: GLOP solves every master LP and the simplex is
/// never asked.</para>
/// </remarks>
internal sealed class HybridMasterLp : IMasterLp
{
    private const double UsefulTolerance = 1e-3;

    private readonly ProfileTypes _types;
    private readonly bool[] _coverable;
    private readonly double[] _scale;
    private readonly bool[] _fixed;
    private readonly MasterSimplex _simplex;
    private MasterLp? _glop;
    private bool _lastFromGlop;

    /// <param name="types">The pool's types.</param>
    /// <param name="coverable">Types that get a row.</param>
    /// <param name="scale">Row divisor of each type, as for <see cref="MasterSimplex"/>.</param>
    /// <param name="options">The master solver, and the test hook that forces a breakdown.</param>
    public HybridMasterLp(ProfileTypes types, bool[] coverable, double[] scale, LeximinOptions options)
    {
        _types = types;
        _coverable = coverable;
        _scale = scale;
        _fixed = new bool[types.Count];
        _simplex = new MasterSimplex(types, coverable, scale) { BreakdownAfterPivots = options.SimplexBreakdownAfterPivots };
        Solver = options.MasterSolver;
        if (Solver == MasterSolver.Glop)
        {
            ReplaceGlop([]);
        }
    }

    /// <summary>The solver asked for.</summary>
    public MasterSolver Solver { get; }

    /// <summary>Why the managed simplex gave up, if it did.</summary>
    public string? FallbackReason { get; private set; }

    /// <summary>True once the GLOP fallback has taken over every solve.</summary>
    public bool FellBack { get; private set; }

    /// <summary>Exact results taken from the managed simplex (its basis was optimal for the true LP too).</summary>
    public int UnperturbedExact { get; private set; }

    /// <summary>Exact (GLOP) solves so far: the hybrid's stage-end solves, or every solve with <see cref="MasterSolver.Glop"/>.</summary>
    public int ExactSolves { get; private set; }

    /// <summary>Restarts of the managed simplex from an exact optimum after a fix.</summary>
    public int CrashStarts => _simplex.CrashStarts;

    /// <summary>Pivots of the managed simplex so far.</summary>
    public long SimplexPivots => _simplex.Pivots;

    // Every solve goes to GLOP: asked for, or after a breakdown of the simplex.
    private bool GlopOnly => FellBack || Solver == MasterSolver.Glop;

    /// <inheritdoc />
    public IReadOnlyList<int[]> Columns => _lastFromGlop ? _glop!.Columns : _simplex.Columns;

    /// <inheritdoc />
    public int Generated => GlopOnly ? _glop!.Generated : _simplex.Columns.Count;

    /// <inheritdoc />
    public double Z => _lastFromGlop ? _glop!.Z : _simplex.Z;

    /// <inheritdoc />
    public double[] Duals => _lastFromGlop ? _glop!.Duals : _simplex.Duals;

    /// <inheritdoc />
    public double Mu => _lastFromGlop ? _glop!.Mu : _simplex.Mu;

    /// <inheritdoc />
    public double[] Weights => _lastFromGlop ? _glop!.Weights : _simplex.Weights;

    /// <inheritdoc />
    public bool TryAdd(int[] counts) => GlopOnly ? _glop!.TryAdd(counts) : _simplex.TryAdd(counts);

    /// <inheritdoc />
    public void Fix(int type, double value)
    {
        _fixed[type] = true;
        _simplex.Fix(type, value);
        _glop?.Fix(type, value);
    }

    /// <inheritdoc />
    public void LowerFixed(double amount)
    {
        _simplex.LowerFixed(amount);
        _glop?.LowerFixed(amount);
    }

    /// <inheritdoc />
    public double FixedValue(int type) => _simplex.FixedValue(type);

    /// <inheritdoc />
    public void Prune(int limit)
    {
        // The simplex keeps every column (its basis does not grow with them); only GLOP alone needs pruning.
        if (GlopOnly)
        {
            _glop!.Prune(limit);
        }
    }

    /// <inheritdoc />
    public bool Solve(bool exact)
    {
        if (Solver == MasterSolver.Glop)
        {
            ExactSolves++;
        }
        else if (!FellBack)
        {
            try
            {
                if (!_simplex.Solve())
                {
                    return false;
                }

                _lastFromGlop = false;
                if (!exact)
                {
                    return true;
                }

                if (_simplex.TryUnperturb())
                {
                    // Optimal for the true LP as it stands; the next steering solve works from the true
                    // right-hand side, which is as good a start as the perturbed one.
                    UnperturbedExact++;
                    _simplex.SetCrashPoint(_simplex.Columns, _simplex.Weights);
                    return true;
                }

                ExactSolves++;
                ReplaceGlop(_simplex.UsefulColumns(UsefulTolerance));
                if (_glop!.Solve(exact: true))
                {
                    _lastFromGlop = true;
                    _simplex.SetCrashPoint(_glop.Columns, _glop.Weights);
                    return true;
                }

                ReplaceGlop(_simplex.Columns);
            }
            catch (InvalidOperationException e)
            {
                FallbackReason = e.Message;
                ReplaceGlop(_simplex.Columns);
                FellBack = true;
            }
        }

        _lastFromGlop = true;
        return _glop!.Solve(exact: true);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _simplex.Dispose();
        _glop?.Dispose();
    }

    private void ReplaceGlop(IEnumerable<int[]> columns)
    {
        _glop?.Dispose();
        _glop = new MasterLp(_types, _coverable, _scale);
        foreach (var column in columns)
        {
            _glop.TryAdd(column);
        }

        for (var t = 0; t < _types.Count; t++)
        {
            if (_fixed[t])
            {
                _glop.Fix(t, _simplex.FixedValue(t));
            }
        }
    }
}
