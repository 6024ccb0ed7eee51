using CollectiveAlignment.Randomness;

namespace CollectiveAlignment.Sortition;

/// <summary>
/// Stratified random sampling with proportional allocation, for survey-style recruitment: strata are the full feature
/// profiles, stratum <c>h</c> gets <c>n_h = k N_h / N</c> seats rounded by largest remainders (Hamilton; ties to the
/// stratum that appears first in the pool), and each stratum is sampled without replacement.
/// </summary>
/// <remarks>
/// Inclusion probability (and design weight) of a member of stratum <c>h</c>: <c>n_h / N_h</c> (and <c>N_h / n_h</c>).
/// Quotas are not enforced, only reported: proportional allocation reproduces the pool's composition, not the
/// quotas. The household rule is not applied. See Cochran, <i>Sampling Techniques</i> (3rd ed., 1977), ch. 5.
/// </remarks>
public static class StratifiedSampling
{
    /// <summary>Draws the sample.</summary>
    /// <param name="problem">The instance (its panel size is the sample size).</param>
    /// <param name="seed">The public seed.</param>
    /// <returns>Person indices of the sample and each person's inclusion probability (indexed by person).</returns>
    public static (IReadOnlyList<int> Panel, double[] Probabilities) Select(SelectionProblem problem, string seed)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var n = problem.People.Count;
        var k = Math.Min(problem.PanelSize, n);
        var categories = problem.Categories.Count;

        // Mixed-radix profile code: unique per profile while the product of value counts fits in a long.
        var stratumOf = new int[n];
        var sizes = new List<int>();
        var index = new Dictionary<long, int>();
        for (var i = 0; i < n; i++)
        {
            long code = 0;
            for (var c = 0; c < categories; c++)
            {
                var local = problem.ValueOf(i, c) - problem.ValueOffset[c];
                code = (code * problem.Categories[c].Values.Count) + local;
            }

            if (!index.TryGetValue(code, out var h))
            {
                h = sizes.Count;
                index.Add(code, h);
                sizes.Add(0);
            }

            stratumOf[i] = h;
            sizes[h]++;
        }

        var strata = sizes.Count;
        var members = new int[strata][];
        var fill = new int[strata];
        for (var h = 0; h < strata; h++)
        {
            members[h] = new int[sizes[h]];
        }

        for (var i = 0; i < n; i++)
        {
            members[stratumOf[i]][fill[stratumOf[i]]++] = i;
        }

        var allocation = Allocate(sizes, k);
        var random = SeededRandom.ForPublicDraw(seed);
        var panel = new List<int>(k);
        var probabilities = new double[n];
        for (var h = 0; h < strata; h++)
        {
            if (allocation[h] > 0)
            {
                panel.AddRange(random.Choose(members[h], allocation[h]));
            }

            var p = (double)allocation[h] / sizes[h];
            foreach (var i in members[h])
            {
                probabilities[i] = p;
            }
        }

        return (panel, probabilities);
    }

    /// <summary>Largest-remainder (Hamilton) proportional allocation of <paramref name="seats"/> over strata sizes.</summary>
    /// <param name="sizes">Stratum sizes.</param>
    /// <param name="seats">Total seats (at most the sum of sizes).</param>
    /// <returns>Seats per stratum, summing to <paramref name="seats"/>.</returns>
    public static int[] Allocate(IReadOnlyList<int> sizes, int seats)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        long total = sizes.Sum(s => (long)s);
        var allocation = new int[sizes.Count];
        var remainders = new (double Remainder, int Stratum)[sizes.Count];
        var given = 0;
        for (var h = 0; h < sizes.Count; h++)
        {
            // Exact integer arithmetic for the floor, so the allocation does not depend on floating-point rounding.
            var numerator = (long)seats * sizes[h];
            allocation[h] = (int)(numerator / total);
            remainders[h] = ((double)(numerator % total) / total, h);
            given += allocation[h];
        }

        foreach (var (_, h) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Stratum).Take(seats - given))
        {
            allocation[h]++;
        }

        return allocation;
    }
}
