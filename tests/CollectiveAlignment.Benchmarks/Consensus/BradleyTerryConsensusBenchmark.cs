using BenchmarkDotNet.Attributes;
using CollectiveAlignment.Methods.Consensus.Pairwise;

namespace CollectiveAlignment.Benchmarks.Consensus;

/// <summary>
/// Bradley–Terry on 10,000,000 comparisons among 500 items, counting included (issue 4 target: &lt; 10 s).
/// </summary>
[MemoryDiagnoser]
public class BradleyTerryConsensusBenchmark
{
    private const int Items = 500;
    private int[] _winners = null!;
    private int[] _losers = null!;

    [GlobalSetup]
    public void Setup()
    {
        const int comparisons = 10_000_000;
        var rng = new Random(10);
        var theta = Enumerable.Range(0, Items).Select(_ => (rng.NextDouble() * 4) - 2).ToArray();
        _winners = new int[comparisons];
        _losers = new int[comparisons];
        for (var k = 0; k < comparisons; k++)
        {
            var a = rng.Next(Items);
            var b = (a + 1 + rng.Next(Items - 1)) % Items;
            var aWins = rng.NextDouble() < 1 / (1 + Math.Exp(theta[b] - theta[a]));
            _winners[k] = aWins ? a : b;
            _losers[k] = aWins ? b : a;
        }
    }

    [Benchmark]
    public BradleyTerryResult BradleyTerry_10MComparisons_500Items()
    {
        var result = BradleyTerry.Fit(PairwiseCounts.FromComparisons(Items, _winners, _losers));
        Console.WriteLine($"// Bradley-Terry: {result.Iterations} Newton iterations");
        return result;
    }
}
