using BenchmarkDotNet.Attributes;
using CollectiveAlignment.Sortition;

namespace CollectiveAlignment.Benchmarks.Sortition;

/// <summary>Legacy greedy and stratified random sampling on a pool of 1,000,000 (issue 5 target: under 2 s each).</summary>
[MemoryDiagnoser]
public class LargePoolSelectionBenchmarks
{
    private SelectionProblem _problem = null!;

    /// <summary>Pool of 1,000,000 people, 5 categories (20 values), panel 150, generator seed 7.</summary>
    [GlobalSetup]
    public void Setup() => _problem = SortitionInstances.Generate(seed: 7, people: 1_000_000, panelSize: 150, SortitionInstances.FiveCategories);

    /// <summary>The greedy quota-filling draw.</summary>
    [Benchmark]
    public int Legacy() => CollectiveAlignment.Sortition.Legacy.Select(_problem, "12345")!.Count;

    /// <summary>Proportional allocation over full profiles, then simple random sampling per stratum.</summary>
    [Benchmark]
    public int Stratified() => StratifiedSampling.Select(_problem, "12345").Panel.Count;

    /// <summary>The stratified draw through <see cref="PanelSelector"/>, including the id → probability map of the whole pool.</summary>
    [Benchmark]
    public int StratifiedWithReport() => PanelSelector.Select(_problem, SelectionAlgorithm.Stratified, "12345").Panel.Count;
}
