using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Methods.Consensus.Tests.Catalog;

/// <summary>The catalog contract (docs/conventions.md §7) for the consensus family: every registered method is covered once registered.</summary>
public sealed class ConsensusCatalogContractTests
{
    // Fixed seeds 1..Seeds, printed in every failure message.
    private const int Seeds = 15;

    [Fact]
    public void Registry_ConsensusCatalog_HasTheFiveMethods()
    {
        ConsensusCatalogFixture.Registry.Methods.Select(m => m.Id).ShouldBe(["all-our-ideas", "bradley-terry", "bridging", "group-informed-consensus", "opinion-groups"]);
    }

    [Theory]
    [MemberData(nameof(ConsensusCatalogFixture.MethodIds), MemberType = typeof(ConsensusCatalogFixture))]
    public void Metadata_EveryMethod_IsCompleteAndAnonymous(string id)
    {
        var m = ConsensusCatalogFixture.Registry.Get(id);
        m.Metadata.Problems().ShouldBeEmpty();
        m.Metadata.BallotKind.ShouldBeOneOf(BallotKind.StatementVote, BallotKind.Pairwise);
        m.Metadata.Family.ShouldBeOneOf("consensus", "pairwise");
        m.Version.ShouldBeGreaterThanOrEqualTo(1);
        m.Metadata.ClaimFor(Axiom.Anonymity).ShouldBe(Claim.Satisfies);
        m.Instance.GetType().IsSealed.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(ConsensusCatalogFixture.MethodIds), MemberType = typeof(ConsensusCatalogFixture))]
    public void Aggregate_NoCandidates_ReturnsEmptyResult(string id)
    {
        var kind = ConsensusCatalogFixture.Registry.Get(id).Metadata.BallotKind;
        Run(id, ConsensusCatalogFixture.Profile(kind, new CandidateSet([]), [])).Winners.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ConsensusCatalogFixture.MethodIds), MemberType = typeof(ConsensusCatalogFixture))]
    public void Aggregate_CandidatesButNoBallots_EveryCandidateTiedAsWinner(string id)
    {
        var kind = ConsensusCatalogFixture.Registry.Get(id).Metadata.BallotKind;
        Run(id, ConsensusCatalogFixture.Profile(kind, CandidateSet.Letters(3), [])).Winners.ShouldBe([0, 1, 2]);
    }

    [Theory]
    [MemberData(nameof(ConsensusCatalogFixture.MethodIds), MemberType = typeof(ConsensusCatalogFixture))]
    public void Aggregate_Rerun_GivesByteIdenticalCanonicalJson(string id)
    {
        var kind = ConsensusCatalogFixture.Registry.Get(id).Metadata.BallotKind;
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(2, 6);
            var ballots = ConsensusCatalogFixture.RandomBallots(kind, rng, n, rng.Next(1, 30));
            var first = Json(id, ConsensusCatalogFixture.Profile(kind, CandidateSet.Letters(n), ballots));
            var second = Json(id, ConsensusCatalogFixture.Profile(kind, CandidateSet.Letters(n), ballots));
            second.ShouldBe(first, $"seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(ConsensusCatalogFixture.MethodIds), MemberType = typeof(ConsensusCatalogFixture))]
    public void Aggregate_ShuffledBallots_SameCanonicalJson(string id)
    {
        var kind = ConsensusCatalogFixture.Registry.Get(id).Metadata.BallotKind;
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(2, 6);
            var ballots = ConsensusCatalogFixture.RandomBallots(kind, rng, n, rng.Next(1, 30));
            var shuffled = ballots.ToArray();
            rng.Shuffle(shuffled);
            Json(id, ConsensusCatalogFixture.Profile(kind, CandidateSet.Letters(n), shuffled))
                .ShouldBe(Json(id, ConsensusCatalogFixture.Profile(kind, CandidateSet.Letters(n), ballots)), $"seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(ConsensusCatalogFixture.MethodIds), MemberType = typeof(ConsensusCatalogFixture))]
    public void Aggregate_CompressedVersusExpanded_Identical(string id)
    {
        var kind = ConsensusCatalogFixture.Registry.Get(id).Metadata.BallotKind;
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(2, 6);
            var distinct = ConsensusCatalogFixture.RandomBallots(kind, rng, n, rng.Next(1, 8));
            var counts = distinct.Select(_ => rng.Next(1, 5)).ToArray();
            var compressed = ConsensusCatalogFixture.Profile(kind, CandidateSet.Letters(n), distinct, counts);
            var expanded = ConsensusCatalogFixture.Profile(kind, CandidateSet.Letters(n), distinct.SelectMany((b, i) => Enumerable.Repeat(b, counts[i])));
            Json(id, expanded).ShouldBe(Json(id, compressed), $"seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(ConsensusCatalogFixture.MethodIds), MemberType = typeof(ConsensusCatalogFixture))]
    public void Aggregate_RandomProfiles_WinnersAreTheFirstRankingTier(string id)
    {
        var kind = ConsensusCatalogFixture.Registry.Get(id).Metadata.BallotKind;
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(2, 6);
            var result = Run(id, ConsensusCatalogFixture.Profile(kind, CandidateSet.Letters(n), ConsensusCatalogFixture.RandomBallots(kind, rng, n, rng.Next(1, 30))));
            result.Winners.ShouldNotBeEmpty($"seed {seed}");
            result.Ranking.ShouldNotBeNull();
            result.Ranking![0].ShouldBe(result.Winners, $"seed {seed}");
            result.Ranking.SelectMany(t => t).Order().ShouldBe(Enumerable.Range(0, n), $"seed {seed}");
        }
    }

    [Theory]
    [InlineData("bradley-terry")]
    [InlineData("all-our-ideas")]
    public void Aggregate_RelabelledCandidates_RelabelsWinnersAndRanking(string id)
    {
        // Only the pairwise methods claim neutrality; the statement-vote methods process participants in canonical ballot
        // order, which a relabelling changes, so their floating-point results may differ in the last bits.
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(2, 6);
            var names = CandidateSet.Letters(n);
            var ballots = ConsensusCatalogFixture.RandomBallots(BallotKind.Pairwise, rng, n, rng.Next(1, 30)).Cast<PairwiseBallot>().ToList();
            var pi = Enumerable.Range(0, n).ToArray();
            rng.Shuffle(pi);
            var relabelledNames = new string[n];
            for (var c = 0; c < n; c++)
            {
                relabelledNames[pi[c]] = names[c];
            }

            var relabelled = ballots.Select(b => new PairwiseBallot(n, b.Comparisons.Select(c => new PairwiseComparison(pi[c.First], pi[c.Second], c.IsTie)))).ToList();
            var otherNames = new CandidateSet(relabelledNames);
            var original = Run(id, new PairwiseProfile(names, ballots));
            var other = Run(id, new PairwiseProfile(otherNames, relabelled));
            other.Winners.Select(c => otherNames[c]).Order(StringComparer.Ordinal).ShouldBe(original.Winners.Select(c => names[c]).Order(StringComparer.Ordinal), $"seed {seed}");
            other.Ranking!.Select(t => string.Join(",", t.Select(c => otherNames[c]).Order(StringComparer.Ordinal)))
                .ShouldBe(original.Ranking!.Select(t => string.Join(",", t.Select(c => names[c]).Order(StringComparer.Ordinal))), $"seed {seed}");
        }
    }

    internal static AggregationResult Run(string id, Profile profile, MethodParameters? parameters = null) =>
        ConsensusCatalogFixture.Registry.Get(id).Aggregate(profile, parameters ?? MethodParameters.Empty, TestContext.Current.CancellationToken);

    private static string Json(string id, Profile profile)
    {
        var m = ConsensusCatalogFixture.Registry.Get(id);
        return CanonicalJson.SerializeToString(Run(id, profile), profile.Candidates, m.Id, m.Version, MethodParameters.Empty);
    }
}
