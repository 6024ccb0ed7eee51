using System.Globalization;
using CollectiveAlignment.Sortition;

namespace CollectiveAlignment.Benchmarks.Sortition;

/// <summary>
/// Synthetic pools shaped like real volunteer pools: skewed (self-selected) value frequencies, quotas derived from a
/// flatter population distribution with ±<c>slack</c> seats, so the quotas bind and probabilities differ.
/// </summary>
public static class SortitionInstances
{
    /// <summary>Value counts per category of the reference case: 5 categories, 20 values.</summary>
    public static readonly int[] FiveCategories = [2, 4, 5, 5, 4];

    /// <summary>The reference case plus a sixth category of 4 values.</summary>
    public static readonly int[] SixCategories = [2, 4, 5, 5, 4, 4];

    /// <summary>Generates an instance from a fixed seed.</summary>
    /// <param name="seed">Seed of the generator (printed by the benchmarks).</param>
    /// <param name="people">Pool size.</param>
    /// <param name="panelSize">Panel size.</param>
    /// <param name="valueCounts">Values per category.</param>
    /// <param name="skew">Geometric decay of value frequencies in the pool (1 = uniform; smaller = fewer distinct profiles).</param>
    /// <param name="slack">Seats of slack on either side of the population-proportional quota.</param>
    public static SelectionProblem Generate(int seed, int people, int panelSize, IReadOnlyList<int> valueCounts, double skew = 0.6, int slack = 2)
    {
        var random = new Random(seed);
        var categories = new List<Category>();
        var columns = new string[valueCounts.Count][];
        for (var c = 0; c < valueCounts.Count; c++)
        {
            var m = valueCounts[c];
            var poolWeights = Enumerable.Range(0, m).Select(j => Math.Pow(skew, j)).ToArray();
            var poolTotal = poolWeights.Sum();
            columns[c] = new string[people];
            for (var i = 0; i < people; i++)
            {
                var u = random.NextDouble() * poolTotal;
                var j = 0;
                while (j < m - 1 && u >= poolWeights[j])
                {
                    u -= poolWeights[j];
                    j++;
                }

                columns[c][i] = Name(c, j);
            }

            // Population shares halfway between the pool's skew and uniform: the panel must over-sample rare values.
            var population = Enumerable.Range(0, m).Select(j => (poolWeights[j] / poolTotal + 1.0 / m) / 2).ToArray();
            var values = new List<CategoryValue>();
            for (var j = 0; j < m; j++)
            {
                var available = columns[c].Count(v => v == Name(c, j));
                var target = population[j] * panelSize;
                var min = Math.Min(available, Math.Max(0, (int)Math.Floor(target) - slack));
                var max = Math.Max(min, (int)Math.Ceiling(target) + slack);
                values.Add(new CategoryValue(Name(c, j), min, max, PopulationShare: population[j]));
            }

            categories.Add(new Category("cat" + c.ToString(CultureInfo.InvariantCulture), values));
        }

        var pool = new Person[people];
        for (var i = 0; i < people; i++)
        {
            var features = new string[valueCounts.Count];
            for (var c = 0; c < valueCounts.Count; c++)
            {
                features[c] = columns[c][i];
            }

            pool[i] = new Person("p" + i.ToString(CultureInfo.InvariantCulture), features);
        }

        return SelectionProblem.Create(categories, pool, panelSize);
    }

    private static string Name(int category, int value) => string.Create(CultureInfo.InvariantCulture, $"c{category}v{value}");
}
