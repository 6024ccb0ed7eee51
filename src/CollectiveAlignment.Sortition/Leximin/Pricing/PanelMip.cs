using Google.OrTools.LinearSolver;

namespace CollectiveAlignment.Sortition;

/// <summary>
/// The integer program over type-count vectors: <c>0 &lt;= c_t &lt;= n_t</c>, <c>sum_t c_t = k</c>, every quota row
/// <c>min_v &lt;= sum_{t has v} c_t &lt;= max_v</c>, and at most one per multi-person household. Solved by SCIP with a
/// zero optimality gap, because column generation needs the true best panel, not one within 0.01 %.
/// </summary>
internal sealed class PanelMip : IDisposable
{
    private readonly Solver _solver;
    private readonly Variable[] _count;
    private readonly MPSolverParameters _parameters = new();

    /// <summary>Builds the model with the problem's quotas, or with the given ones (used by the relaxation search).</summary>
    public PanelMip(SelectionProblem problem, ProfileTypes types, int[]? min = null, int[]? max = null, IReadOnlyList<int>? onlyCategories = null)
    {
        _solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("The SCIP solver of Google.OrTools is not available on this platform.");
        _parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);

        // Presolve and cutting planes do not pay on these small, LP-tight models that are solved hundreds of times
        // with only the objective changed: without them a solve took 15 ms instead of 29 (reference instance, 40
        // random objectives, same optima). Branch and bound still proves optimality.
        _solver.SetSolverSpecificParametersAsString("presolving/maxrounds = 0\nseparating/maxrounds = 0");
        _count = new Variable[types.Count];
        for (var t = 0; t < types.Count; t++)
        {
            _count[t] = _solver.MakeIntVar(0, types.Members[t].Length, FormattableString.Invariant($"c{t}"));
        }

        var size = _solver.MakeConstraint(problem.PanelSize, problem.PanelSize, "size");
        foreach (var c in _count)
        {
            size.SetCoefficient(c, 1);
        }

        min ??= problem.ValueMin;
        max ??= problem.ValueMax;
        var rows = new Constraint[problem.ValueCount];
        for (var v = 0; v < problem.ValueCount; v++)
        {
            if (onlyCategories is null || onlyCategories.Contains(problem.CategoryOfValue[v]))
            {
                rows[v] = _solver.MakeConstraint(min[v], max[v], FormattableString.Invariant($"v{v}"));
            }
        }

        for (var t = 0; t < types.Count; t++)
        {
            foreach (var v in types.Values[t])
            {
                rows[v]?.SetCoefficient(_count[t], 1);
            }
        }

        foreach (var group in types.HouseholdGroups)
        {
            var row = _solver.MakeConstraint(0, 1);
            foreach (var t in group)
            {
                row.SetCoefficient(_count[t], 1);
            }
        }

        _solver.Objective().SetMaximization();
    }

    /// <summary>The integer program restricted to a face (see <see cref="PanelFace"/>).</summary>
    public static PanelMip OnFace(SelectionProblem problem, ProfileTypes types, PanelFace face)
    {
        var mip = new PanelMip(problem, types, face.Min, face.Max);
        for (var t = 0; t < types.Count; t++)
        {
            mip.SetLowerBound(t, face.Lower[t]);
            mip.SetUpperBound(t, face.Upper[t]);
        }

        return mip;
    }

    /// <summary>Sets the lower bound of one type's count (1 forces the type into the panel).</summary>
    public void SetLowerBound(int type, int lowerBound) => _count[type].SetLb(lowerBound);

    /// <summary>Sets the upper bound of one type's count (0 excludes the type).</summary>
    public void SetUpperBound(int type, int upperBound) => _count[type].SetUb(upperBound);

    /// <summary>Finds a feasible type-count vector maximising <c>sum_t weights[t] * c_t</c>.</summary>
    /// <returns>The counts, or <see langword="null"/> if no feasible panel exists.</returns>
    public int[]? Maximize(ReadOnlySpan<double> weights)
    {
        var objective = _solver.Objective();
        for (var t = 0; t < _count.Length; t++)
        {
            objective.SetCoefficient(_count[t], weights[t]);
        }

        var status = _solver.Solve(_parameters);
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            return null;
        }

        var result = new int[_count.Length];
        for (var t = 0; t < _count.Length; t++)
        {
            result[t] = (int)Math.Round(_count[t].SolutionValue());
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _parameters.Dispose();
        _solver.Dispose();
    }
}
