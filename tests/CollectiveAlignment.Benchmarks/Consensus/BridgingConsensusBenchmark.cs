using BenchmarkDotNet.Attributes;
using CollectiveAlignment.Methods.Consensus.Bridging;

namespace CollectiveAlignment.Benchmarks.Consensus;

/// <summary>Community Notes core matrix factorisation on 1,000,000 ratings (issue 4 target: &lt; 30 s).</summary>
[MemoryDiagnoser]
public class BridgingConsensusBenchmark
{
    private const int Raters = 20_000;
    private const int Notes = 5_000;
    private int[] _raters = null!;
    private int[] _notes = null!;
    private double[] _values = null!;

    [GlobalSetup]
    public void Setup()
    {
        const int ratings = 1_000_000;
        var rng = new Random(30);
        var raterSide = new double[Raters];
        for (var u = 0; u < Raters; u++)
        {
            raterSide[u] = rng.NextDouble() < 0.6 ? 1 : -1;
        }

        var noteSlant = new double[Notes];
        var noteQuality = new double[Notes];
        for (var n = 0; n < Notes; n++)
        {
            noteSlant[n] = (rng.NextDouble() * 2) - 1;
            noteQuality[n] = rng.NextDouble();
        }

        _raters = new int[ratings];
        _notes = new int[ratings];
        _values = new double[ratings];
        for (var i = 0; i < ratings; i++)
        {
            var u = rng.Next(Raters);
            var n = rng.Next(Notes);
            var p = Math.Clamp((0.5 * noteQuality[n]) + (0.4 * raterSide[u] * noteSlant[n]) + 0.25, 0, 1);
            _raters[i] = u;
            _notes[i] = n;
            _values[i] = rng.NextDouble() < p ? 1.0 : 0.0;
        }
    }

    [Benchmark]
    public BridgingResult Bridging_1MRatings()
    {
        var result = BridgingMatrixFactorization.Fit(Raters, Notes, _raters, _notes, _values);
        Console.WriteLine($"// Bridging: {result.Epochs} epochs, loss {result.FinalLoss:F5}");
        return result;
    }
}
