using System.Globalization;
using Google.OrTools.LinearSolver;

namespace CollectiveAlignment.Sortition;

/// <summary>
/// Explains infeasible quotas: checks each category alone and each pair of categories, and finds the smallest total
/// relaxation of minima and maxima (an integer program over type counts) that admits a feasible panel.
/// </summary>
/// <remarks>
/// The relaxation program is the idea of the Sortition Foundation's tool (suggest relaxed quotas instead of failing),
/// here with unit cost per seat: minimise <c>sum_v (lower_v + raise_v)</c> s.t. <c>min_v - lower_v &lt;= sum_{t has v} c_t
/// &lt;= max_v + raise_v</c>, within <c>min_flex</c>/<c>max_flex</c> where given; if even that fails, without the flex bounds.
/// </remarks>
public static class InfeasibilityDiagnosis
{
    /// <summary>Explains why <paramref name="problem"/> has no feasible panel (call only when it has none).</summary>
    /// <param name="problem">The instance.</param>
    /// <returns>The explanation.</returns>
    public static InfeasibilityExplanation Explain(SelectionProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var types = ProfileTypes.Build(problem);
        var reasons = new List<string>();
        var conflicting = new SortedSet<int>();
        var k = problem.PanelSize;
        var available = Available(problem);
        var capacity = problem.OnePerHousehold ? problem.HouseholdOf.Distinct().Count() : problem.People.Count;
        if (capacity < k)
        {
            reasons.Add(Invariant($"the pool can supply at most {capacity} panel members{(problem.OnePerHousehold ? " (one per household)" : string.Empty)}, fewer than the panel size {k}"));
        }

        for (var c = 0; c < problem.Categories.Count; c++)
        {
            var category = problem.Categories[c];
            int sumMin = 0, sumMax = 0, sumReachable = 0;
            var before = reasons.Count;
            for (var j = 0; j < category.Values.Count; j++)
            {
                var v = problem.ValueOffset[c] + j;
                sumMin += problem.ValueMin[v];
                sumMax += problem.ValueMax[v];
                sumReachable += Math.Min(problem.ValueMax[v], available[v]);
                if (available[v] < problem.ValueMin[v])
                {
                    reasons.Add(Invariant($"'{category.Name}' = '{category.Values[j].Name}' needs at least {problem.ValueMin[v]} but the pool has only {available[v]}"));
                }
            }

            if (sumMin > k)
            {
                reasons.Add(Invariant($"the minima of '{category.Name}' sum to {sumMin}, more than the panel size {k}"));
            }

            if (sumMax < k)
            {
                reasons.Add(Invariant($"the maxima of '{category.Name}' sum to {sumMax}, less than the panel size {k}"));
            }
            else if (sumReachable < k)
            {
                reasons.Add(Invariant($"'{category.Name}' can fill at most {sumReachable} seats with the people in the pool, less than the panel size {k}"));
            }

            if (reasons.Count > before || !Feasible(problem, types, [c]))
            {
                conflicting.Add(c);
                if (reasons.Count == before)
                {
                    reasons.Add(Invariant($"the quotas of '{category.Name}' alone cannot be met with this pool"));
                }
            }
        }

        if (conflicting.Count == 0)
        {
            for (var a = 0; a < problem.Categories.Count; a++)
            {
                for (var b = a + 1; b < problem.Categories.Count; b++)
                {
                    if (!Feasible(problem, types, [a, b]))
                    {
                        conflicting.Add(a);
                        conflicting.Add(b);
                        reasons.Add(Invariant($"the quotas of '{problem.Categories[a].Name}' and '{problem.Categories[b].Name}' cannot be met together: the pool lacks people with the right combinations"));
                    }
                }
            }
        }

        var (relaxations, total, withinFlex) = Relax(problem, types, respectFlex: true);
        if (relaxations is null)
        {
            (relaxations, total, withinFlex) = Relax(problem, types, respectFlex: false);
        }

        if (conflicting.Count == 0 && relaxations is not null)
        {
            foreach (var r in relaxations)
            {
                conflicting.Add(problem.Categories.Select((cat, i) => (cat, i)).First(p => p.cat.Name == r.Category).i);
            }

            reasons.Add("no single category or pair of categories is infeasible: three or more categories conflict jointly (the relaxed ones are listed)");
        }

        var names = conflicting.Select(c => problem.Categories[c].Name).ToList();
        string summary;
        if (relaxations is null)
        {
            summary = Invariant($"No panel of {k} can be selected from this pool even with relaxed quotas: the pool is too small.");
        }
        else
        {
            var flexNote = withinFlex ? string.Empty : " (outside the min_flex/max_flex bounds, which admit no solution)";
            summary = Invariant($"No panel of {k} meets the quotas; conflicting categories: {string.Join(", ", names)}. Relaxing quotas by {total} seat(s) in total makes it feasible{flexNote}.");
        }

        return new InfeasibilityExplanation(summary, names, reasons, relaxations ?? [], total, withinFlex);
    }

    private static int[] Available(SelectionProblem problem)
    {
        var available = new int[problem.ValueCount];
        var seen = new HashSet<(int Household, int Value)>();
        for (var i = 0; i < problem.People.Count; i++)
        {
            for (var c = 0; c < problem.Categories.Count; c++)
            {
                var v = problem.ValueOf(i, c);
                // Under the household rule a household contributes at most one person with a given value.
                if (!problem.OnePerHousehold || seen.Add((problem.HouseholdOf[i], v)))
                {
                    available[v]++;
                }
            }
        }

        return available;
    }

    private static bool Feasible(SelectionProblem problem, ProfileTypes types, IReadOnlyList<int> categories)
    {
        using var mip = new PanelMip(problem, types, onlyCategories: categories);
        return mip.Maximize(new double[types.Count]) is not null;
    }

    private static (List<QuotaRelaxation>? Relaxations, int Total, bool WithinFlex) Relax(SelectionProblem problem, ProfileTypes types, bool respectFlex)
    {
        using var solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("The SCIP solver of Google.OrTools is not available on this platform.");
        var k = problem.PanelSize;
        var count = new Variable[types.Count];
        var size = solver.MakeConstraint(k, k);
        for (var t = 0; t < types.Count; t++)
        {
            count[t] = solver.MakeIntVar(0, types.Members[t].Length, string.Empty);
            size.SetCoefficient(count[t], 1);
        }

        foreach (var group in types.HouseholdGroups)
        {
            var row = solver.MakeConstraint(0, 1);
            foreach (var t in group)
            {
                row.SetCoefficient(count[t], 1);
            }
        }

        var lower = new Variable[problem.ValueCount];
        var raise = new Variable[problem.ValueCount];
        var objective = solver.Objective();
        for (var c = 0; c < problem.Categories.Count; c++)
        {
            for (var j = 0; j < problem.Categories[c].Values.Count; j++)
            {
                var v = problem.ValueOffset[c] + j;
                var value = problem.Categories[c].Values[j];
                var minFloor = respectFlex && value.MinFlex is int mf ? Math.Min(mf, value.Min) : 0;
                var maxCeiling = respectFlex && value.MaxFlex is int xf ? Math.Max(xf, value.Max) : Math.Max(k, value.Max);
                lower[v] = solver.MakeIntVar(0, value.Min - minFloor, string.Empty);
                raise[v] = solver.MakeIntVar(0, maxCeiling - value.Max, string.Empty);
                var atLeast = solver.MakeConstraint(value.Min, double.PositiveInfinity);
                var atMost = solver.MakeConstraint(double.NegativeInfinity, value.Max);
                atLeast.SetCoefficient(lower[v], 1);
                atMost.SetCoefficient(raise[v], -1);
                for (var t = 0; t < types.Count; t++)
                {
                    if (types.Values[t][c] == v)
                    {
                        atLeast.SetCoefficient(count[t], 1);
                        atMost.SetCoefficient(count[t], 1);
                    }
                }

                objective.SetCoefficient(lower[v], 1);
                objective.SetCoefficient(raise[v], 1);
            }
        }

        objective.SetMinimization();
        using var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
        var status = solver.Solve(parameters);
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            return (null, 0, false);
        }

        var result = new List<QuotaRelaxation>();
        var total = 0;
        for (var c = 0; c < problem.Categories.Count; c++)
        {
            for (var j = 0; j < problem.Categories[c].Values.Count; j++)
            {
                var v = problem.ValueOffset[c] + j;
                var down = (int)Math.Round(lower[v].SolutionValue());
                var up = (int)Math.Round(raise[v].SolutionValue());
                if (down > 0 || up > 0)
                {
                    var value = problem.Categories[c].Values[j];
                    result.Add(new QuotaRelaxation(problem.Categories[c].Name, value.Name, value.Min, value.Max, value.Min - down, value.Max + up));
                    total += down + up;
                }
            }
        }

        return (result, total, respectFlex);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
