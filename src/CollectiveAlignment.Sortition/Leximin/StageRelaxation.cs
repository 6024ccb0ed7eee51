using Google.OrTools.LinearSolver;

namespace CollectiveAlignment.Sortition;

/// <summary>
/// A LEXIMIN stage with the set of panels replaced by its linear relaxation: expected type counts <c>e_t</c> in
/// <c>[0, n_t]</c> meeting the panel size, every quota and every household row, <c>max z</c> s.t.
/// <c>e_t / n_t &gt;= z</c> (unfixed) and <c>&gt;= f_t</c> (fixed). One small LP (types + 1 columns), no column
/// generation.
/// </summary>
/// <remarks>
/// <para>Its duals are the starting stability center of the stage. Their Lagrangian bound is at least the true stage
/// value (any dual vector gives one) and at most this relaxation's value, which is usually close, because quota
/// polytopes are nearly integral when the panel has many seats. Column generation from the cutting-plane duals
/// alone spent most of its rounds bringing the bound down from far above (measured: 4.7 to 0.15 over ~1,800 panels
/// in one stage of a 1,000-person pool). The relaxation only steers: stage values and fixing decisions still come
/// from the master LP and its certificate.</para>
/// <para>Stage after stage it also gives the leximin point of the relaxation itself (<see cref="RelaxedLeximin"/>).</para>
/// </remarks>
internal static class StageRelaxation
{
    private const string PreciseParameters = "use_preprocessing:false primal_feasibility_tolerance:1e-10 dual_feasibility_tolerance:1e-10";

    /// <summary>Solves the stage's relaxation.</summary>
    /// <returns>Its value, the dual <c>y_t &gt;= 0</c> of each type's row (0 outside the LP) and the expected counts
    /// <c>e_t</c> of an optimal point; null if GLOP fails.</returns>
    public static Solution? Solve(SelectionProblem problem, ProfileTypes types, bool[] coverable, bool[] isFixed, Func<int, double> fixedValue)
    {
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("The GLOP solver of Google.OrTools is not available on this platform.");

        // Tight tolerances without presolve: the relaxation's leximin point is decomposed into panels to 1e-9, so its
        // own error must be smaller (GLOP's defaults leave ~1e-9 in the stage values, measured on the reference
        // instance). With presolve, GLOP gave up on some stages at these tolerances; the defaults are the fallback.
        solver.SetSolverSpecificParametersAsString(PreciseParameters);
        var z = solver.MakeNumVar(0, 1, "z");
        var counts = new Variable[types.Count];
        var size = solver.MakeConstraint(problem.PanelSize, problem.PanelSize, "size");
        for (var t = 0; t < types.Count; t++)
        {
            counts[t] = solver.MakeNumVar(0, coverable[t] ? types.Members[t].Length : 0, string.Empty);
            size.SetCoefficient(counts[t], 1);
        }

        var quotas = new Constraint[problem.ValueCount];
        for (var v = 0; v < problem.ValueCount; v++)
        {
            quotas[v] = solver.MakeConstraint(problem.ValueMin[v], problem.ValueMax[v], string.Empty);
        }

        for (var t = 0; t < types.Count; t++)
        {
            foreach (var v in types.Values[t])
            {
                quotas[v].SetCoefficient(counts[t], 1);
            }
        }

        foreach (var group in types.HouseholdGroups)
        {
            var row = solver.MakeConstraint(0, 1, string.Empty);
            foreach (var t in group)
            {
                row.SetCoefficient(counts[t], 1);
            }
        }

        var rows = new Constraint?[types.Count];
        for (var t = 0; t < types.Count; t++)
        {
            if (!coverable[t])
            {
                continue;
            }

            rows[t] = solver.MakeConstraint(isFixed[t] ? fixedValue(t) : 0, double.PositiveInfinity, string.Empty);
            rows[t]!.SetCoefficient(counts[t], 1.0 / types.Members[t].Length);
            rows[t]!.SetCoefficient(z, isFixed[t] ? 0 : -1);
        }

        solver.Objective().SetCoefficient(z, 1);
        solver.Objective().SetMaximization();
        if (solver.Solve() != Solver.ResultStatus.OPTIMAL)
        {
            solver.SetSolverSpecificParametersAsString(string.Empty);
            solver.Reset();
            if (solver.Solve() != Solver.ResultStatus.OPTIMAL)
            {
                return null;
            }
        }

        var duals = new double[types.Count];
        var expected = new double[types.Count];
        for (var t = 0; t < types.Count; t++)
        {
            duals[t] = rows[t] is null ? 0 : Math.Max(0, -rows[t]!.DualValue());
            expected[t] = Math.Clamp(counts[t].SolutionValue(), 0, types.Members[t].Length);
        }

        return new Solution(z.SolutionValue(), duals, expected);
    }

    /// <summary>An optimal solution of a stage relaxation.</summary>
    /// <param name="Value">The relaxation's stage value (an upper bound on the true one).</param>
    /// <param name="Duals">Dual of each type's row.</param>
    /// <param name="Expected">Expected count of each type at an optimal point.</param>
    public sealed record Solution(double Value, double[] Duals, double[] Expected);
}
