using System.Globalization;
using System.Security.Cryptography;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Registry;

namespace CollectiveAlignment.Tests;

/// <summary>
/// A fixed corpus of seeded profiles of every ballot kind, and the SHA-256 of every method's canonical JSON on it (or of its
/// error message) under each parameter variant. The manifests in tests/data/golden were written by the code before a
/// refactoring, so a family's golden test proves that the refactoring left every byte of every result as it was.
/// Uses only the SDK's oldest public API (profiles, the registry, <see cref="CanonicalJson"/>), so the same file can compute a
/// manifest against an older build.
/// </summary>
internal static class GoldenCorpus
{
    private const int ProfilesPerKind = 24;

    /// <summary>One line per method, parameter variant and profile: <c>id@version parameters profile sha256</c>, ordered.</summary>
    public static IReadOnlyList<string> Manifest(MethodRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var lines = new List<string>();
        foreach (var method in registry.Methods)
        {
            var profiles = Profiles(method.Metadata.BallotKind).ToList();
            foreach (var parameters in Variants(method.Metadata))
            {
                var label = parameters.Values.Count == 0 ? "-" : string.Join(",", parameters.Values.Select(kv => kv.Key + "=" + kv.Value));
                foreach (var (name, profile) in profiles)
                {
                    byte[] bytes;
                    try
                    {
                        var result = method.Aggregate(profile, parameters);
                        bytes = CanonicalJson.Serialize(result, profile.Candidates, method.Id, method.Version, parameters);
                    }
                    catch (ArgumentException ex)
                    {
                        bytes = System.Text.Encoding.UTF8.GetBytes("error: " + ex.Message);
                    }

                    lines.Add($"{method.Key} {label} {name} {Convert.ToHexStringLower(SHA256.HashData(bytes))}");
                }
            }
        }

        return lines;
    }

    /// <summary>The defaults, then each other allowed value of every choice and Boolean, and each whole-number bound.</summary>
    private static IEnumerable<MethodParameters> Variants(MethodMetadata metadata)
    {
        yield return MethodParameters.Empty;
        foreach (var p in metadata.Parameters)
        {
            var others = p.Kind switch
            {
                ParameterKind.Choice => p.AllowedValues.Where(v => v != p.Default),
                ParameterKind.Boolean => new[] { "true", "false" }.Where(v => v != p.Default),
                ParameterKind.WholeNumber => new[] { p.Minimum, p.Minimum + 1 }.Where(v => v is not null).Select(v => v!.Value.ToString(CultureInfo.InvariantCulture)).Where(v => v != p.Default),
                _ => [],
            };
            foreach (var value in others.Distinct())
            {
                yield return MethodParameters.Empty.With(p.Name, value);
            }
        }
    }

    /// <summary>The corpus for <paramref name="kind"/>: a profile without candidates, then seeded profiles with ties, blanks and weights.</summary>
    public static IEnumerable<(string Name, Profile Profile)> Profiles(BallotKind kind)
    {
        yield return ("empty", Make(kind, new Random(0), CandidateSet.Letters(0), 0));
        for (var seed = 1; seed <= ProfilesPerKind; seed++)
        {
            var random = new Random(seed);
            var candidates = CandidateSet.Letters(random.Next(1, 8));
            yield return ("seed-" + seed.ToString("00", CultureInfo.InvariantCulture), Make(kind, random, candidates, random.Next(1, 30)));
        }
    }

    private static Profile Make(BallotKind kind, Random random, CandidateSet candidates, int ballots)
    {
        var n = candidates.Count;
        var count = () => (long)random.Next(1, 4);
        var weight = (long c) => random.NextDouble() < 0.3 ? Math.Round(0.2 + (random.NextDouble() * 2.8), 3) : c;
        WeightedBallot<T> Weighted<T>(T ballot)
        {
            var c = count();
            return new WeightedBallot<T>(ballot, c, weight(c));
        }

        switch (kind)
        {
            case BallotKind.Ranked:
                var truncation = random.Next(4) == 0 ? TruncationMode.Incomparable : TruncationMode.UnrankedTiedAtBottom;
                return new RankedProfile(candidates, Enumerable.Range(0, ballots).Select(_ => Weighted(RankedBallot.FromTiers(n, Tiers(random, n)))).ToList(), truncation);
            case BallotKind.Approval:
                return new ApprovalProfile(candidates, Enumerable.Range(0, ballots).Select(_ => Weighted(new ApprovalBallot(n, Enumerable.Range(0, n).Where(_ => random.NextDouble() < 0.4).ToList()))).ToList());
            case BallotKind.Score:
                var (min, max) = random.Next(3) switch { 0 => (0, 5), 1 => (-2, 2), _ => (0, 9) };
                return new ScoreProfile(candidates, min, max, Enumerable.Range(0, ballots).Select(_ => Weighted(new ScoreBallot(Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.85 ? random.Next(min, max + 1) : (int?)null).ToList()))).ToList());
            case BallotKind.StatementVote:
                return new StatementVoteProfile(candidates, Enumerable.Range(0, (ballots * 2) + 4).Select(_ => new StatementVoteBallot(Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.75 ? (StatementVote?)(StatementVote)random.Next(3) : null).ToList())).ToList());
            case BallotKind.Pairwise:
                return new PairwiseProfile(candidates, n < 2 ? [] : Enumerable.Range(0, ballots * 2).Select(_ => new PairwiseBallot(n, Enumerable.Range(0, random.Next(1, 4)).Select(_ => Comparison(random, n)).ToList())).ToList());
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static List<List<int>> Tiers(Random random, int n)
    {
        var order = Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(random.NextDouble() < 0.4 ? random.Next(1, n + 1) : n).ToList();
        var tiers = new List<List<int>>();
        for (var i = 0; i < order.Count;)
        {
            var size = random.NextDouble() < 0.75 ? 1 : Math.Min(2, order.Count - i);
            tiers.Add(order.GetRange(i, size));
            i += size;
        }

        return tiers;
    }

    private static PairwiseComparison Comparison(Random random, int n)
    {
        var a = random.Next(n);
        var b = (a + random.Next(1, n)) % n;
        return new PairwiseComparison(a, b, random.NextDouble() < 0.1);
    }
}
