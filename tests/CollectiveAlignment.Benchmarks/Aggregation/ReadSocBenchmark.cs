using BenchmarkDotNet.Attributes;
using CollectiveAlignment.Aggregation.Files;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Benchmarks.Aggregation;

/// <summary>Reading 1,000,000 ballots over 20 candidates from .soc (target &lt; 2 s, memory ∝ distinct ballots).</summary>
[MemoryDiagnoser]
public class ReadSocBenchmark
{
    private string _path = string.Empty;

    /// <summary>Distinct orders the 1,000,000 ballots are drawn from (1,000,000 = every ballot random).</summary>
    [Params(20_000, 1_000_000)]
    public int Pool { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = LargeElection.Path(Pool);

        // Retained memory is what must scale with distinct ballots; BenchmarkDotNet reports allocations, so print this too.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var profile = PrefLibFile.ReadRanked(_path);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// retained by the profile: {(after - before) / 1024.0 / 1024.0:0.0} MiB for {profile.VoterCount:N0} voters, {profile.DistinctBallotCount:N0} distinct ballots");
        GC.KeepAlive(profile);
    }

    [Benchmark]
    public RankedProfile ReadOneMillionBallots() => PrefLibFile.ReadRanked(_path);
}
