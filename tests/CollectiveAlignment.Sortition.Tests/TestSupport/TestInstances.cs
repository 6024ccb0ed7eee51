using CsCheck;

using System.Globalization;

namespace CollectiveAlignment.Sortition.Tests;

/// <summary>Small random instances for brute-force comparisons, generated from a printed seed.</summary>
internal static class TestInstances
{
    /// <summary>
    /// Generator of instance shapes for property tests: a seed for <see cref="Random"/>, 6 to <paramref name="maxPeople"/>
    /// people, a panel of 2 to <paramref name="maxSize"/>, 1 to 3 categories of 2 or 3 values, with or without households.
    /// </summary>
    public static Gen<(int Seed, int People, int Size, int Categories, int Values, bool Households)> Shapes(int maxPeople, int maxSize) =>
        from seed in Gen.Int[1, 100_000]
        from people in Gen.Int[6, maxPeople]
        from size in Gen.Int[2, maxSize]
        from categories in Gen.Int[1, 3]
        from values in Gen.Int[2, 3]
        from households in Gen.Bool
        select (seed, people, Math.Min(size, people), categories, values, households);

    public static SelectionProblem Random(int seed, int people, int panelSize, int categories, int values, bool households = false)
    {
        var random = new Random(seed);
        var cats = new List<Category>();
        var pool = new List<Person>();
        var features = new string[people][];
        for (var i = 0; i < people; i++)
        {
            features[i] = new string[categories];
        }

        for (var c = 0; c < categories; c++)
        {
            for (var i = 0; i < people; i++)
            {
                features[i][c] = "v" + random.Next(values).ToString(CultureInfo.InvariantCulture);
            }
        }

        // Quotas around a random reference panel, so most instances are feasible but tight.
        var reference = Enumerable.Range(0, people).OrderBy(_ => random.Next()).Take(panelSize).ToList();
        for (var c = 0; c < categories; c++)
        {
            var vals = new List<CategoryValue>();
            for (var j = 0; j < values; j++)
            {
                var name = "v" + j.ToString(CultureInfo.InvariantCulture);
                var inReference = reference.Count(i => features[i][c] == name);
                var min = Math.Max(0, inReference - random.Next(2));
                var max = inReference + random.Next(2);
                vals.Add(new CategoryValue(name, min, max));
            }

            cats.Add(new Category("c" + c.ToString(CultureInfo.InvariantCulture), vals));
        }

        for (var i = 0; i < people; i++)
        {
            var household = households && random.Next(3) == 0 ? "h" + random.Next(3).ToString(CultureInfo.InvariantCulture) : null;
            pool.Add(new Person("p" + i.ToString(CultureInfo.InvariantCulture), features[i], household));
        }

        return SelectionProblem.Create(cats, pool, panelSize, households);
    }

    public static IEnumerable<int[]> Subsets(int n, int k)
    {
        var current = new int[k];
        return Recurse(0, 0);

        IEnumerable<int[]> Recurse(int start, int depth)
        {
            if (depth == k)
            {
                yield return (int[])current.Clone();
                yield break;
            }

            for (var i = start; i <= n - (k - depth); i++)
            {
                current[depth] = i;
                foreach (var s in Recurse(i + 1, depth + 1))
                {
                    yield return s;
                }
            }
        }
    }
}
