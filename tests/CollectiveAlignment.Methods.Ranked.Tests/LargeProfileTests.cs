using CollectiveAlignment.Methods.Ranked.Tests.Profiles;

namespace CollectiveAlignment.Methods.Ranked.Tests;

/// <summary>Profiles large enough (≥ 4,096 distinct ballots) to take the parallel tally path agree with plain definitions.</summary>
public sealed class LargeProfileTests
{
    private static readonly List<RankedBallot> Ballots = RandomProfiles.WithTiesAndTruncation(new Random(11), 8, 9000);

    [Fact]
    public void Borda_ParallelParts_MatchPerBallotDefinition()
    {
        var profile = RandomProfiles.Profile(Ballots, 8);
        profile.DistinctBallotCount.ShouldBeGreaterThan(4096);
        var expected = new double[8];
        foreach (var b in Ballots)
        {
            for (var c = 0; c < 8; c++)
            {
                // One point per candidate strictly below, half per other candidate tied (unranked share the bottom).
                for (var d = 0; d < 8; d++)
                {
                    if (d != c)
                    {
                        expected[c] += profile.Prefers(b, c, d) ? 1 : !profile.Prefers(b, d, c) ? 0.5 : 0;
                    }
                }
            }
        }

        var scores = CatalogContractTests.Run("borda", profile).Scores!;
        for (var c = 0; c < 8; c++)
        {
            scores[c].ShouldBe(expected[c], 1e-6);
        }
    }

    [Fact]
    public void InstantRunoff_ParallelParts_FirstRoundMatchesPerBallotCount()
    {
        var profile = RandomProfiles.Profile(Ballots, 8);
        var expected = new double[8];
        foreach (var b in Ballots.Where(b => b.TierCount > 0))
        {
            foreach (var c in b.Tiers[0])
            {
                expected[c] += 1.0 / b.Tiers[0].Count;
            }
        }

        var rounds = ((EliminationRoundsExplanation)CatalogContractTests.Run("instant-runoff", profile).Explanation).Rounds;
        for (var c = 0; c < 8; c++)
        {
            rounds[0].Tallies[c]!.Value.ShouldBe(expected[c], 1e-6);
        }
    }

    [Fact]
    public void EveryMethod_LargeProfile_ShuffledInputSameCanonicalJson()
    {
        var shuffled = Ballots.ToArray();
        new Random(12).Shuffle(shuffled);
        var a = RandomProfiles.Profile(Ballots, 8);
        var b = RandomProfiles.Profile(shuffled, 8);
        foreach (var m in CatalogFixture.Registry.Methods)
        {
            var ra = m.Aggregate(a, MethodParameters.Empty, TestContext.Current.CancellationToken);
            var rb = m.Aggregate(b, MethodParameters.Empty, TestContext.Current.CancellationToken);
            CanonicalJson.Serialize(rb, b.Candidates, m.Id, m.Version, MethodParameters.Empty)
                .ShouldBe(CanonicalJson.Serialize(ra, a.Candidates, m.Id, m.Version, MethodParameters.Empty), m.Id);
        }
    }

    [Fact]
    public void InstantRunoff_IncrementalCount_EveryRoundMatchesAFreshRecount()
    {
        for (var seed = 1; seed <= 200; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(2, 7);
            var ballots = RandomProfiles.WithTiesAndTruncation(rng, n, rng.Next(1, 40));
            var profile = RandomProfiles.Profile(ballots, n);
            var rounds = ((EliminationRoundsExplanation)CatalogContractTests.Run("instant-runoff", profile).Explanation).Rounds;
            foreach (var round in rounds)
            {
                var active = round.Tallies.Select(t => t.HasValue).ToArray();
                var fresh = new double[n];
                foreach (var b in ballots)
                {
                    var tier = b.Tiers.FirstOrDefault(t => t.Any(c => active[c]));
                    if (tier is null)
                    {
                        continue;
                    }

                    var live = tier.Where(c => active[c]).ToList();
                    foreach (var c in live)
                    {
                        fresh[c] += 1.0 / live.Count;
                    }
                }

                for (var c = 0; c < n; c++)
                {
                    if (active[c])
                    {
                        round.Tallies[c]!.Value.ShouldBe(fresh[c], 1e-9, $"seed {seed}");
                    }
                }
            }
        }
    }
}
