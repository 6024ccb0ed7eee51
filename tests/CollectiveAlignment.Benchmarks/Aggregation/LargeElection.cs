using System.Globalization;
using System.Text;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Files;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Benchmarks.Aggregation;

/// <summary>
/// The benchmark elections: a .soc file of 1,000,000 ballots (one "1: …" line each, the reader's worst case) over 20 candidates,
/// written once per process into a temporary folder. <c>pool</c> = 20,000: ballots drawn (skewed) from 20,000 orders near a
/// reference ranking, a realistic election; <c>pool</c> = 1,000,000: every ballot an independent uniformly random order, so
/// (almost) every ballot is distinct, the worst case for memory and for per-ballot methods.
/// </summary>
public static class LargeElection
{
    public const int Candidates = 20;
    public const int Voters = 1_000_000;

    private static readonly Dictionary<int, string> Files = [];
    private static readonly Dictionary<int, RankedProfile> Loaded = [];
    private static readonly Lock Gate = new();

    public static string Path(int pool)
    {
        lock (Gate)
        {
            if (!Files.TryGetValue(pool, out var path))
            {
                path = Generate(pool);
                Files[pool] = path;
            }

            return path;
        }
    }

    /// <summary>The profile read once, with its matrix computed ("after loading").</summary>
    public static RankedProfile Profile(int pool)
    {
        var path = Path(pool);
        lock (Gate)
        {
            if (!Loaded.TryGetValue(pool, out var profile))
            {
                profile = PrefLibFile.ReadRanked(path);
                _ = profile.Matrix;
                Loaded[pool] = profile;
            }

            return profile;
        }
    }

    private static string Generate(int poolSize)
    {
        var rng = new Random(20261122);
        var allDistinct = poolSize >= Voters;
        var pool = new string[allDistinct ? 0 : poolSize];
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

        var scratch = Enumerable.Range(1, Candidates).ToArray();

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
            w.Write("1: ");
            if (allDistinct)
            {
                rng.Shuffle(scratch);
                w.WriteLine(string.Join(",", scratch));
                continue;
            }

            // Skewed popularity: squaring a uniform draw favours the first orders of the pool.
            var u = rng.NextDouble();
            w.WriteLine(pool[(int)(u * u * poolSize)]);
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
