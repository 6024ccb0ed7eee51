namespace CollectiveAlignment.Sortition.Tests;

/// <summary>The brute-force-sized LEXIMIN instances the tests share, as arguments of <see cref="TestInstances.Random"/>.</summary>
internal static class LeximinInstances
{
    /// <summary>(seed, people, panel size, categories, values per category, households): seeds fixed so failures reproduce.</summary>
    public static IEnumerable<(int Seed, int People, int Size, int Categories, int Values, bool Households)> Small()
    {
        for (var seed = 1; seed <= 12; seed++)
        {
            yield return (seed, 8 + (seed % 4), 3 + (seed % 3), 2 + (seed % 2), 2 + (seed % 2), false);
        }

        for (var seed = 101; seed <= 106; seed++)
        {
            yield return (seed, 10, 4, 2, 2, true);
        }
    }

    /// <summary>
    /// Instances (found by scanning seeds) whose relaxation's leximin point is no lottery over panels, so the solver
    /// must notice and fall back to the staged column generation.
    /// </summary>
    public static IEnumerable<(int Seed, int People, int Size, int Categories, int Values, bool Households)> RelaxationGap() =>
    [
        (25, 8, 4, 3, 3, false),
        (44, 12, 5, 4, 2, false),
        (116, 9, 5, 4, 2, false),
        (8, 11, 5, 4, 2, true),
        (28, 11, 4, 3, 2, true),
        (62, 10, 5, 4, 2, true),
    ];

    /// <summary>Every instance of <paramref name="instances"/> once per master LP solver.</summary>
    public static TheoryData<MasterSolver, int, int, int, int, int, bool> UnderBothSolvers(IEnumerable<(int Seed, int People, int Size, int Categories, int Values, bool Households)> instances)
    {
        var data = new TheoryData<MasterSolver, int, int, int, int, int, bool>();
        foreach (var (seed, people, size, categories, values, households) in instances)
        {
            foreach (var solver in Enum.GetValues<MasterSolver>())
            {
                data.Add(solver, seed, people, size, categories, values, households);
            }
        }

        return data;
    }
}
