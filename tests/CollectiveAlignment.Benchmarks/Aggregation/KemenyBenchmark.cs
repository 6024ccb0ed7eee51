using BenchmarkDotNet.Attributes;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;
using CollectiveAlignment.Methods.Ranked;

namespace CollectiveAlignment.Benchmarks.Aggregation;

/// <summary>Exact Kemeny–Young by dynamic programming over subsets (targets: 12 candidates &lt; 1 s, 16 &lt; 60 s).</summary>
[MemoryDiagnoser]
public class KemenyBenchmark
{
    private RankedProfile _profile = null!;

    [Params(12, 16)]
    public int Candidates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _profile = LargeElection.RandomProfile(Candidates, 1000, seed: Candidates);
        _ = _profile.Matrix;
    }

    [Benchmark]
    public AggregationResult KemenyYoungExact() => new KemenyYoung().Aggregate(_profile, MethodParameters.Empty);
}
