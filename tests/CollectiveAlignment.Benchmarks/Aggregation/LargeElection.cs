using System.Globalization;
using System.Text;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.IO;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Benchmarks.Aggregation;

/// <summary>
/// The benchmark election: a .soc file of 1,000,000 ballots (one "1: …" line each, the reader's worst case) over 20 candidates,
/// drawn from 20,000 distinct orders, written once per process into a temporary folder.
/// </summary>
public static class LargeElection
{
    public const int Candidates = 20;
    public const int Voters = 1_000_000;
    public const int DistinctOrders = 20_000;

    private static readonly Lazy<string> FilePath = new(Generate);
    private static readonly Lazy<RankedProfile> Loaded = new(() =>
    {
        var profile = PrefLibReader.ReadRanked(FilePath.Value);
        _ = profile.Matrix;
        return profile;
    });

    public static string Path => FilePath.Value;

    /// <summary>The profile read once, with its matrix computed ("after loading").</summary>
    public static RankedProfile Profile => Loaded.Value;

    private static string Generate()
    {
        var rng = new Random(20261122);
        var pool = new string[DistinctOrders];
        for (var i = 0; i < pool.Length; i++)
        {
            // Orders near a reference ranking (a few random adjacent swaps), so the election has structure, not noise.
            var order = Enumerable.Range(1, Candidates).ToArray();
            for (var s = rng.Next(0, 40); s > 0; s--)
            {
                var k = rng.Next(Candidates - 1);
                (order[k], order[k + 1]) = (order[k + 1], order[k]);
            }

            pool[i] = string.Join(",", order.Select(c => c.ToString(CultureInfo.InvariantCulture)));
        }

        var dir = Directory.CreateTempSubdirectory("calign-bench-").FullName;
        var path = System.IO.Path.Combine(dir, "large.soc");
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        w.WriteLine("# FILE NAME: large.soc");
        w.WriteLine("# DATA TYPE: soc");
        w.WriteLine(FormattableString.Invariant($"# NUMBER ALTERNATIVES: {Candidates}"));
        w.WriteLine(FormattableString.Invariant($"# NUMBER VOTERS: {Voters}"));
        w.WriteLine(FormattableString.Invariant($"# NUMBER UNIQUE ORDERS: {Voters}"));
        for (var c = 1; c <= Candidates; c++)
        {
            w.WriteLine(FormattableString.Invariant($"# ALTERNATIVE NAME {c}: Candidate {c}"));
        }

        for (var v = 0; v < Voters; v++)
        {
            // Skewed popularity: squaring a uniform draw favours the first orders of the pool.
            var u = rng.NextDouble();
            w.Write("1: ");
            w.WriteLine(pool[(int)(u * u * DistinctOrders)]);
        }

        return path;
    }

    /// <summary>Random strict orders over <paramref name="candidates"/> (for the Kemeny benchmarks).</summary>
    public static RankedProfile RandomProfile(int candidates, int voters, int seed)
    {
        var rng = new Random(seed);
        var ballots = new List<RankedBallot>(voters);
        for (var v = 0; v < voters; v++)
        {
            var order = Enumerable.Range(0, candidates).ToArray();
            rng.Shuffle(order);
            ballots.Add(RankedBallot.FromOrder(candidates, order));
        }

        return new RankedProfile(CandidateSet.Letters(candidates), ballots);
    }
}
