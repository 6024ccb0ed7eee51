using MathNet.Numerics.Distributions;

namespace CollectiveAlignment.Sortition;

/// <summary>
/// Compares a panel with the population: shares per category, Pearson chi-square and G-test p-values (chi-square
/// distribution from MathNet.Numerics), and raking weights (Deming &amp; Stephan, "On a least squares adjustment of a
/// sampled frequency table when the expected marginal totals are known", <i>Ann. Math. Statist.</i> 11, 1940).
/// </summary>
public static class Representativeness
{
    /// <summary>Analyses a panel.</summary>
    /// <param name="problem">The instance (population shares from its categories, else from the pool).</param>
    /// <param name="panel">Panel member ids.</param>
    /// <param name="tolerance">Raking stops when every weighted share is within this relative error of its target.</param>
    /// <param name="maxIterations">Raking pass limit.</param>
    /// <returns>The report.</returns>
    public static RepresentativenessReport Analyze(SelectionProblem problem, IReadOnlyCollection<string> panel, double tolerance = 1e-6, int maxIterations = 1000)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(panel);
        var index = problem.People.Select((p, i) => (p.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var members = panel.Select(id => index.TryGetValue(id, out var i) ? i : throw new ArgumentException($"'{id}' is not in the pool.", nameof(panel))).ToArray();
        var poolCounts = new int[problem.ValueCount];
        for (var i = 0; i < problem.People.Count; i++)
        {
            for (var c = 0; c < problem.Categories.Count; c++)
            {
                poolCounts[problem.ValueOf(i, c)]++;
            }
        }

        var panelCounts = new int[problem.ValueCount];
        foreach (var i in members)
        {
            for (var c = 0; c < problem.Categories.Count; c++)
            {
                panelCounts[problem.ValueOf(i, c)]++;
            }
        }

        var targets = new double[problem.ValueCount];
        var fits = new List<CategoryFit>();
        for (var c = 0; c < problem.Categories.Count; c++)
        {
            var category = problem.Categories[c];
            var given = category.Values.All(v => v.PopulationShare is not null);
            var total = given ? category.Values.Sum(v => v.PopulationShare!.Value) : problem.People.Count;
            var shares = new List<ValueShare>();
            double chi = 0, g = 0;
            var cells = 0;
            var impossible = false;
            for (var j = 0; j < category.Values.Count; j++)
            {
                var v = problem.ValueOffset[c] + j;
                var share = total > 0 ? (given ? category.Values[j].PopulationShare!.Value : poolCounts[v]) / total : 0;
                targets[v] = share;
                var expected = share * members.Length;
                var observed = panelCounts[v];
                shares.Add(new ValueShare(category.Values[j].Name, share, (double)poolCounts[v] / Math.Max(1, problem.People.Count), observed, (double)observed / Math.Max(1, members.Length), expected));
                if (expected > 0)
                {
                    cells++;
                    chi += (observed - expected) * (observed - expected) / expected;
                    g += observed > 0 ? 2 * observed * Math.Log(observed / expected) : 0;
                }
                else if (observed > 0)
                {
                    impossible = true;
                }
            }

            var df = Math.Max(0, cells - 1);
            var pChi = impossible ? 0 : df == 0 ? 1 : 1 - ChiSquared.CDF(df, chi);
            var pG = impossible ? 0 : df == 0 ? 1 : 1 - ChiSquared.CDF(df, Math.Max(0, g));
            fits.Add(new CategoryFit(category.Name, shares, chi, g, df, pChi, pG));
        }

        return new RepresentativenessReport(fits, Rake(problem, members, targets, tolerance, maxIterations));
    }

    private static RakingResult Rake(SelectionProblem problem, int[] members, double[] targets, double tolerance, int maxIterations)
    {
        var weights = Enumerable.Repeat(1.0, members.Length).ToArray();
        var iterations = 0;
        var error = double.PositiveInfinity;
        var sums = new double[problem.ValueCount];
        while (members.Length > 0 && iterations < maxIterations)
        {
            iterations++;
            for (var c = 0; c < problem.Categories.Count; c++)
            {
                Array.Clear(sums);
                var total = 0.0;
                for (var m = 0; m < members.Length; m++)
                {
                    sums[problem.ValueOf(members[m], c)] += weights[m];
                    total += weights[m];
                }

                for (var m = 0; m < members.Length; m++)
                {
                    var v = problem.ValueOf(members[m], c);
                    weights[m] *= targets[v] * total / sums[v];
                }
            }

            error = MaxRelativeError(problem, members, weights, targets);
            if (error < tolerance)
            {
                break;
            }
        }

        var mean = members.Length == 0 ? 1 : weights.Average();
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var m = 0; m < members.Length; m++)
        {
            result[problem.People[members[m]].Id] = mean > 0 ? weights[m] / mean : 0;
        }

        return new RakingResult(result, iterations, error, error < tolerance);
    }

    private static double MaxRelativeError(SelectionProblem problem, int[] members, double[] weights, double[] targets)
    {
        var total = weights.Sum();
        var sums = new double[problem.ValueCount];
        for (var m = 0; m < members.Length; m++)
        {
            for (var c = 0; c < problem.Categories.Count; c++)
            {
                sums[problem.ValueOf(members[m], c)] += weights[m];
            }
        }

        var error = 0.0;
        for (var v = 0; v < problem.ValueCount; v++)
        {
            if (targets[v] > 0)
            {
                error = Math.Max(error, Math.Abs((sums[v] / total) - targets[v]) / targets[v]);
            }
        }

        return total > 0 ? error : double.PositiveInfinity;
    }
}
