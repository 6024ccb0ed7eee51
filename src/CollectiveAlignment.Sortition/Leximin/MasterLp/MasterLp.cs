using Google.OrTools.LinearSolver;

namespace CollectiveAlignment.Sortition;

/// <summary>The LEXIMIN master LP (<see cref="IMasterLp"/>) solved by GLOP with feasibility tolerances 1e-10.</summary>
/// <remarks>
/// The OR-Tools wrapper re-solves GLOP from scratch whenever a column is added, so a solve costs time in proportion
/// to the number of columns. <see cref="Prune"/> therefore keeps the LP small: it drops columns that are neither in the
/// current solution nor have a near-zero reduced cost. The current solution stays feasible and optimal, so the stage
/// value never decreases; a dropped panel that becomes useful again is simply priced again.
/// </remarks>
internal sealed class MasterLp : IMasterLp
{
    private readonly ProfileTypes _types;
    private readonly bool[] _inLp;
    private readonly double[] _scale;
    private readonly bool[] _fixed;
    private readonly double[] _fixedValue;
    private readonly List<int[]> _columns = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private Solver _solver = null!;
    private Variable _z = null!;
    private Constraint?[] _rows = null!;
    private Constraint _sum = null!;
    private List<Variable> _x = null!;

    /// <param name="types">The pool's types.</param>
    /// <param name="coverable">Types that get a row.</param>
    /// <param name="scale">Row divisor of each type, as for <see cref="MasterSimplex"/>.</param>
    public MasterLp(ProfileTypes types, bool[] coverable, double[] scale)
    {
        _types = types;
        _inLp = coverable;
        _scale = scale;
        _fixed = new bool[types.Count];
        _fixedValue = new double[types.Count];
        Duals = new double[types.Count];
        Build();
    }

    /// <summary>Active panel classes, in the order of <see cref="Weights"/>.</summary>
    public IReadOnlyList<int[]> Columns => _columns;

    /// <summary>Panel classes ever added (pruned ones included).</summary>
    public int Generated { get; private set; }

    /// <summary>Stage value of the last solve.</summary>
    public double Z { get; private set; }

    /// <summary>Dual <c>y_t &gt;= 0</c> of each type's row in the last solve (0 for types outside the LP).</summary>
    public double[] Duals { get; }

    /// <summary>Dual of the <c>sum x = 1</c> row in the last solve: the bound a new panel must beat.</summary>
    public double Mu { get; private set; }

    /// <summary>Column weights of the last solve.</summary>
    public double[] Weights { get; private set; } = [];

    /// <summary>Adds a panel class unless it is already active.</summary>
    public bool TryAdd(int[] counts)
    {
        if (!_keys.Add(string.Join(',', counts)))
        {
            return false;
        }

        _columns.Add(counts);
        AddVariable(counts);
        Generated++;
        return true;
    }

    /// <summary>Fixes a type's probability from now on.</summary>
    public void Fix(int type, double value)
    {
        _fixed[type] = true;
        _fixedValue[type] = value;
        _rows[type]!.SetCoefficient(_z, 0);
        _rows[type]!.SetLb(value);
    }

    /// <summary>Lowers every fixed value by <paramref name="amount"/> (after a round-off infeasibility).</summary>
    public void LowerFixed(double amount)
    {
        for (var t = 0; t < _types.Count; t++)
        {
            if (_inLp[t] && _fixed[t])
            {
                _fixedValue[t] -= amount;
                _rows[t]!.SetLb(_fixedValue[t]);
            }
        }
    }

    /// <summary>Fixed value of a type.</summary>
    public double FixedValue(int type) => _fixedValue[type];

    /// <inheritdoc />
    public bool Solve(bool exact)
    {
        if (_solver.Solve() != Solver.ResultStatus.OPTIMAL)
        {
            return false;
        }

        Z = _z.SolutionValue();
        Mu = _sum.DualValue();
        for (var t = 0; t < _types.Count; t++)
        {
            Duals[t] = _rows[t] is null ? 0 : Math.Max(0, -_rows[t]!.DualValue());
        }

        Weights = _x.Select(v => v.SolutionValue()).ToArray();
        return true;
    }

    /// <summary>If the LP holds more than <paramref name="limit"/> columns, drops those unused by the last solution.</summary>
    public void Prune(int limit)
    {
        if (_columns.Count <= limit)
        {
            return;
        }

        var keep = new List<int>();
        for (var j = 0; j < _columns.Count; j++)
        {
            var reduced = Mu;
            for (var t = 0; t < _types.Count; t++)
            {
                if (_inLp[t])
                {
                    reduced -= Duals[t] * _columns[j][t] / _scale[t];
                }
            }

            if (Weights[j] > 1e-12 || reduced < 1e-7)
            {
                keep.Add(j);
            }
        }

        if (keep.Count == _columns.Count)
        {
            return;
        }

        var columns = keep.Select(j => _columns[j]).ToList();
        Weights = keep.Select(j => Weights[j]).ToArray();
        _columns.Clear();
        _keys.Clear();
        _solver.Dispose();
        Build();
        foreach (var column in columns)
        {
            _keys.Add(string.Join(',', column));
            _columns.Add(column);
            AddVariable(column);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _solver.Dispose();

    private void Build()
    {
        _solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("The GLOP solver of Google.OrTools is not available on this platform.");
        _solver.SetSolverSpecificParametersAsString("primal_feasibility_tolerance:1e-10 dual_feasibility_tolerance:1e-10");
        _z = _solver.MakeNumVar(0, 1, "z");
        _rows = new Constraint?[_types.Count];
        for (var t = 0; t < _types.Count; t++)
        {
            if (_inLp[t])
            {
                _rows[t] = _solver.MakeConstraint(_fixed[t] ? _fixedValue[t] : 0, double.PositiveInfinity, string.Empty);
                _rows[t]!.SetCoefficient(_z, _fixed[t] ? 0 : -1);
            }
        }

        _sum = _solver.MakeConstraint(1, 1, "sum");
        _solver.Objective().SetCoefficient(_z, 1);
        _solver.Objective().SetMaximization();
        _x = [];
    }

    private void AddVariable(int[] counts)
    {
        var variable = _solver.MakeNumVar(0, double.PositiveInfinity, string.Empty);
        _x.Add(variable);
        _sum.SetCoefficient(variable, 1);
        for (var t = 0; t < _types.Count; t++)
        {
            if (counts[t] > 0 && _inLp[t])
            {
                _rows[t]!.SetCoefficient(variable, counts[t] / _scale[t]);
            }
        }
    }
}
