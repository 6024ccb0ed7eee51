using BenchmarkDotNet.Attributes;
using CollectiveAlignment.Sortition;

namespace CollectiveAlignment.Benchmarks.Sortition;

/// <summary>
/// LEXIMIN run time as the number of distinct profiles (types) grows: pools of 150 and 300 with panels of 15 and 30,
/// 5 and 6 categories. Larger pools, up to the reference case (pool 2,000, panel 150), are in
/// <c>Reference.LeximinReferenceBenchmarks</c>.
/// </summary>
[MemoryDiagnoser]
public class LeximinBenchmarks
{
    private SelectionProblem _problem = null!;

    /// <summary>Pool size; the panel is a tenth of it.</summary>
    [Params(150, 300)]
    public int People { get; set; }

    /// <summary>Number of categories (5: 20 values; 6: 24 values).</summary>
    [Params(5, 6)]
    public int Categories { get; set; }

    /// <summary>Builds the instance (generator seed 42).</summary>
    [GlobalSetup]
    public void Setup() => _problem = SortitionInstances.Generate(
        seed: 42,
        people: People,
        panelSize: People / 10,
        Categories == 5 ? SortitionInstances.FiveCategories : SortitionInstances.SixCategories);

    /// <summary>Full LEXIMIN: relaxation, decomposition (or stages), final lottery.</summary>
    [Benchmark]
    public double Solve() => Leximin.Solve(_problem).Distribution!.Panels.Count;
}
