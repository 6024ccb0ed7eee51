using BenchmarkDotNet.Attributes;
using CollectiveAlignment.Benchmarks.Sortition;
using CollectiveAlignment.Sortition;

namespace CollectiveAlignment.Benchmarks.Reference;

/// <summary>
/// The LEXIMIN reference case, a pool of 2,000 with 5 categories (20 values, 498 distinct profiles) and a panel
/// of 150, and the scaling study around it: pools of 500 and 1,000 (panels of 50 and 100), each with 5 and with 6
/// categories (generator seed 42). The larger cases take tens of seconds to minutes, so they live outside the
/// <c>Sortition</c> namespace and <c>--filter '*Sortition*'</c> skips them; run them with
/// <c>--smoke --filter '*LeximinReference*'</c>. No warm-up run: one cold solve is the figure (JIT time is negligible
/// here); the memory diagnoser then repeats it, so the whole command takes about twice the sum of the reported times.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(0)]
public class LeximinReferenceBenchmarks
{
    private SelectionProblem _problem = null!;

    /// <summary>Pool size and panel size.</summary>
    [ParamsSource(nameof(Pools))]
    public PoolSize Pool { get; set; } = new(2000, 150);

    /// <summary>Number of categories (5: 20 values; 6: 24 values).</summary>
    [Params(5, 6)]
    public int Categories { get; set; }

    /// <summary>The pools of the study; the last is the reference case.</summary>
    public static IEnumerable<PoolSize> Pools() => [new(500, 50), new(1000, 100), new(2000, 150)];

    /// <summary>Builds the instance.</summary>
    [GlobalSetup]
    public void Setup() => _problem = SortitionInstances.Generate(
        seed: 42,
        people: Pool.People,
        panelSize: Pool.Panel,
        Categories == 5 ? SortitionInstances.FiveCategories : SortitionInstances.SixCategories);

    /// <summary>Full LEXIMIN: relaxation, decomposition (or stages), final lottery.</summary>
    [Benchmark]
    public double Solve() => Leximin.Solve(_problem).Distribution!.Panels.Count;
}

/// <summary>A pool and its panel size, printed as <c>2000/150</c> in the results table.</summary>
/// <param name="People">Pool size.</param>
/// <param name="Panel">Panel size.</param>
public sealed record PoolSize(int People, int Panel)
{
    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{People}/{Panel}");
}
