using BenchmarkDotNet.Attributes;
using CollectiveAlignment.Benchmarks.Sortition;
using CollectiveAlignment.Sortition;

namespace CollectiveAlignment.Benchmarks.Reference;

/// <summary>
/// The LEXIMIN reference case: a pool of 2,000 with 5 categories (20 values, ~500 distinct profiles) and a
/// panel of 150, generator seed 42. It runs for minutes, so it lives outside the <c>Sortition</c> namespace and
/// <c>--filter '*Sortition*'</c> skips it; run it with <c>--smoke --filter '*LeximinReference*'</c>. No warm-up run: one
/// cold solve is the figure (JIT time is negligible against minutes); the memory diagnoser then repeats it, so the
/// whole command takes about twice the reported time.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(0)]
public class LeximinReferenceBenchmarks
{
    private SelectionProblem _problem = null!;

    /// <summary>Builds the instance.</summary>
    [GlobalSetup]
    public void Setup() => _problem = SortitionInstances.Generate(seed: 42, people: 2000, panelSize: 150, SortitionInstances.FiveCategories);

    /// <summary>Full LEXIMIN: initial panels, all stages, final lottery.</summary>
    [Benchmark]
    public double Solve() => Leximin.Solve(_problem).Distribution!.Panels.Count;
}
