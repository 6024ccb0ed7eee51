using BenchmarkDotNet.Attributes;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;
using CollectiveAlignment.Methods.Ranked;

namespace CollectiveAlignment.Benchmarks.Aggregation;

/// <summary>The margin matrix and the main ranked methods on the 1,000,000-ballot profile, after loading (target &lt; 0.5 s each).</summary>
[MemoryDiagnoser]
public class RankedMethodsBenchmark
{
    private RankedProfile _profile = null!;

    /// <summary>Distinct orders the 1,000,000 ballots are drawn from (1,000,000 = every ballot random).</summary>
    [Params(20_000, 1_000_000)]
    public int Pool { get; set; }

    [GlobalSetup]
    public void Setup() => _profile = LargeElection.Profile(Pool);

    [Benchmark]
    public PairwiseMatrix MarginMatrix() => _profile.ComputeMatrix();

    [Benchmark]
    public AggregationResult Schulze() => new Schulze().Aggregate(_profile, MethodParameters.Empty);

    [Benchmark]
    public AggregationResult RankedPairs() => new RankedPairs().Aggregate(_profile, MethodParameters.Empty);

    [Benchmark]
    public AggregationResult Copeland() => new Copeland().Aggregate(_profile, MethodParameters.Empty);

    [Benchmark]
    public AggregationResult Borda() => new Borda().Aggregate(_profile, MethodParameters.Empty);

    [Benchmark]
    public AggregationResult InstantRunoff() => new InstantRunoff().Aggregate(_profile, MethodParameters.Empty);
}
