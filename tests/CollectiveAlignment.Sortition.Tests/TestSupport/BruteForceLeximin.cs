using Google.OrTools.LinearSolver;

namespace CollectiveAlignment.Sortition.Tests;

/// <summary>
/// Reference leximin by exhaustive enumeration: every feasible panel of individuals is a column, and a person is
/// fixed only after an LP proves their probability cannot exceed the stage value (a different test from the
/// library's dual-based fixing, on people instead of types).
/// </summary>
internal static class BruteForceLeximin
{
    public static double[]? Solve(SelectionProblem problem)
    {
        var n = problem.People.Count;
        var panels = TestInstances.Subsets(n, problem.PanelSize).Where(problem.IsFeasiblePanel).ToList();
        if (panels.Count == 0)
        {
            return null;
        }

        var isFixed = new bool[n];
        var value = new double[n];
        while (isFixed.Contains(false))
        {
            var z = MaxMin(problem, panels, isFixed, value, target: -1, floor: 0);
            // Every other person may sit 1e-9 below their floor or fixed value, and probabilities sum to the panel
            // size, so a person who cannot truly rise still gains up to n * 1e-9: that is round-off, not room.
            var toFix = Enumerable.Range(0, n)
                .Where(i => !isFixed[i] && MaxMin(problem, panels, isFixed, value, target: i, floor: z) <= z + 1e-8 + (n * 1e-9))
                .ToList();
            foreach (var i in toFix)
            {
                value[i] = z;
                isFixed[i] = true;
            }

            if (toFix.Count == 0)
            {
                var best = Enumerable.Range(0, n).Where(i => !isFixed[i]).Select(i => MaxMin(problem, panels, isFixed, value, target: i, floor: z)).ToList();
                throw new InvalidOperationException($"Reference leximin fixed nobody. z={z:R} panels={panels.Count} fixed={isFixed.Count(f => f)} best=[{string.Join(",", best.Select(b => b.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}]");
            }
        }

        return value;
    }

    // target < 0: maximise the minimum over unfixed people; else maximise person target's probability
    // while every other unfixed person keeps at least floor.
    private static double MaxMin(SelectionProblem problem, List<int[]> panels, bool[] isFixed, double[] value, int target, double floor)
    {
        using var lp = Solver.CreateSolver("GLOP");
        lp.SetSolverSpecificParametersAsString("primal_feasibility_tolerance:1e-10 dual_feasibility_tolerance:1e-10");
        var x = panels.Select(_ => lp.MakeNumVar(0, 1, string.Empty)).ToArray();
        var z = lp.MakeNumVar(0, 1, "z");
        var sum = lp.MakeConstraint(1, 1);
        foreach (var v in x)
        {
            sum.SetCoefficient(v, 1);
        }

        var n = problem.People.Count;
        for (var i = 0; i < n; i++)
        {
            var row = lp.MakeConstraint(isFixed[i] ? value[i] - 1e-9 : target < 0 ? 0 : floor - 1e-9, double.PositiveInfinity);
            for (var p = 0; p < panels.Count; p++)
            {
                if (panels[p].Contains(i))
                {
                    row.SetCoefficient(x[p], 1);
                }
            }

            if (!isFixed[i] && (target < 0 || i == target))
            {
                row.SetCoefficient(z, -1);
                if (target >= 0)
                {
                    row.SetLb(0);
                }
            }
        }

        lp.Objective().SetCoefficient(z, 1);
        lp.Objective().SetMaximization();
        lp.Solve().ShouldBe(Solver.ResultStatus.OPTIMAL);
        return z.SolutionValue();
    }
}
