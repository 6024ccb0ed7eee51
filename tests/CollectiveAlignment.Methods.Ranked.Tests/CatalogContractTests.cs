using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Methods.Ranked.Tests.Profiles;

namespace CollectiveAlignment.Methods.Ranked.Tests;

/// <summary>The catalog contract (docs/conventions.md §7): every registered ranked method is covered the moment it is registered.</summary>
public sealed class CatalogContractTests
{
    private const int Seeds = 40;

    [Fact]
    public void Registry_RankedCatalog_HasTheTwentyMethods()
    {
        CatalogFixture.Registry.Methods.Select(m => m.Id).ShouldBe(
        [
            "anti-plurality", "baldwin", "black", "borda", "bucklin", "condorcet", "coombs", "copeland", "instant-runoff", "kemeny-young",
            "llull", "minimax", "nanson", "plurality", "plurality-with-runoff", "ranked-pairs", "schulze", "schwartz-set", "smith-set", "split-cycle",
        ]);
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.MethodIds), MemberType = typeof(CatalogFixture))]
    public void Aggregate_TwoCandidateMajority_ElectsTheMajority(string id)
    {
        var profile = ProfileText.Ranked("A,B", "3: A>B", "2: B>A");
        Run(id, profile).Winners.ShouldBe([0]);
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.MethodIds), MemberType = typeof(CatalogFixture))]
    public void Aggregate_NoCandidates_ReturnsEmptyResult(string id)
    {
        var profile = new RankedProfile(new CandidateSet([]), Array.Empty<RankedBallot>());
        Run(id, profile).Winners.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.MethodIds), MemberType = typeof(CatalogFixture))]
    public void Aggregate_CondorcetCycle_ReturnsAllThreeAsTiedWinners(string id)
    {
        var profile = ProfileText.Ranked("A,B,C", LiteratureProfiles.CondorcetCycle);
        Run(id, profile).Winners.ShouldBe([0, 1, 2]);
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.MethodIds), MemberType = typeof(CatalogFixture))]
    public void Aggregate_Rerun_GivesByteIdenticalCanonicalJson(string id)
    {
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(2, 6);
            var ballots = RandomProfiles.WithTiesAndTruncation(rng, n, rng.Next(1, 25));
            var first = Json(id, RandomProfiles.Profile(ballots, n));
            var second = Json(id, RandomProfiles.Profile(ballots, n));
            second.ShouldBe(first, $"seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.MethodIds), MemberType = typeof(CatalogFixture))]
    public void Aggregate_ShuffledBallots_SameResult(string id)
    {
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(2, 6);
            var ballots = RandomProfiles.WithTiesAndTruncation(rng, n, rng.Next(1, 25));
            var shuffled = ballots.ToArray();
            rng.Shuffle(shuffled);
            Json(id, RandomProfiles.Profile(shuffled, n)).ShouldBe(Json(id, RandomProfiles.Profile(ballots, n)), $"seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.MethodIds), MemberType = typeof(CatalogFixture))]
    public void Aggregate_RelabelledCandidates_RelabelsWinnersAndRanking(string id)
    {
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(2, 6);
            var names = CandidateSet.Letters(n);
            var ballots = RandomProfiles.WithTiesAndTruncation(rng, n, rng.Next(1, 25));
            var pi = Enumerable.Range(0, n).ToArray();
            rng.Shuffle(pi);

            // Candidate c becomes index pi[c] and keeps its name, so results compared by name must agree.
            var relabelledNames = new string[n];
            for (var c = 0; c < n; c++)
            {
                relabelledNames[pi[c]] = names[c];
            }

            var relabelled = ballots.Select(b => RankedBallot.FromTiers(n, b.Tiers.Select(t => t.Select(c => pi[c])))).ToList();
            var original = Run(id, new RankedProfile(names, ballots));
            var other = Run(id, new RankedProfile(new CandidateSet(relabelledNames), relabelled));
            var otherNames = new CandidateSet(relabelledNames);
            ProfileText.Names(otherNames, other.Winners).ShouldBe(ProfileText.Names(names, original.Winners), $"seed {seed}, permutation {string.Join(",", pi)}");
            (other.Ranking is null).ShouldBe(original.Ranking is null, $"seed {seed}");
            if (original.Ranking is not null)
            {
                other.Ranking!.Select(t => string.Join(",", ProfileText.Names(otherNames, t)))
                    .ShouldBe(original.Ranking.Select(t => string.Join(",", ProfileText.Names(names, t))), $"seed {seed}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.MethodIds), MemberType = typeof(CatalogFixture))]
    public void Aggregate_CompressedVersusExpanded_Identical(string id)
    {
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(2, 6);
            var distinct = RandomProfiles.WithTiesAndTruncation(rng, n, rng.Next(1, 8));
            var counts = distinct.Select(_ => rng.Next(1, 5)).ToArray();
            var compressed = new RankedProfile(CandidateSet.Letters(n), distinct.Select((b, i) => new WeightedBallot<RankedBallot>(b, counts[i], counts[i])));
            var expanded = RandomProfiles.Profile(distinct.SelectMany((b, i) => Enumerable.Repeat(b, counts[i])), n);
            Json(id, expanded).ShouldBe(Json(id, compressed), $"seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.MethodIds), MemberType = typeof(CatalogFixture))]
    public void Metadata_EveryMethod_IsCompleteAndRanked(string id)
    {
        var m = CatalogFixture.Registry.Get(id);
        m.Metadata.Problems().ShouldBeEmpty();
        m.Metadata.BallotKind.ShouldBe(BallotKind.Ranked);
        m.Version.ShouldBeGreaterThanOrEqualTo(1);
        m.Metadata.ClaimFor(Axiom.Anonymity).ShouldBe(Claim.Satisfies);
    }

    internal static AggregationResult Run(string id, RankedProfile profile) =>
        CatalogFixture.Registry.Get(id).Aggregate(profile, MethodParameters.Empty, TestContext.Current.CancellationToken);

    private static string Json(string id, RankedProfile profile)
    {
        var m = CatalogFixture.Registry.Get(id);
        return CanonicalJson.SerializeToString(Run(id, profile), profile.Candidates, m.Id, m.Version, MethodParameters.Empty);
    }
}
