using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Methods.Proportional.Explanations;

namespace CollectiveAlignment.Methods.Proportional.Tests.Catalog;

/// <summary>The catalog contract (docs/conventions.md §7) for the proportional family: every registered method is covered once registered.</summary>
public sealed class ProportionalCatalogContractTests
{
    // Fixed seeds 1..Seeds, printed in every failure message.
    private const int Seeds = 30;

    [Fact]
    public void Registry_ProportionalCatalog_HasTheFourMethods()
    {
        ProportionalCatalogFixture.Registry.Methods.Select(m => m.Id).ShouldBe(["equal-shares", "pav", "phragmen", "sequential-pav"]);
    }

    [Theory]
    [MemberData(nameof(ProportionalCatalogFixture.MethodIds), MemberType = typeof(ProportionalCatalogFixture))]
    public void Metadata_EveryMethod_IsCompleteApprovalWithSeats(string id)
    {
        var m = ProportionalCatalogFixture.Registry.Get(id);
        m.Metadata.Problems().ShouldBeEmpty();
        m.Metadata.BallotKind.ShouldBe(BallotKind.Approval);
        m.Metadata.Family.ShouldBe("proportional");
        m.Metadata.ClaimFor(Axiom.Anonymity).ShouldBe(Claim.Satisfies);
        m.Metadata.ClaimFor(Axiom.Proportionality).ShouldNotBe(Claim.Unknown);
        m.Metadata.Parameters.Single(p => p.Name == "seats").Default.ShouldBe("3");
        m.Instance.GetType().IsSealed.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(ProportionalCatalogFixture.MethodIds), MemberType = typeof(ProportionalCatalogFixture))]
    public void Aggregate_NoCandidates_ReturnsEmptyResult(string id)
    {
        Run(id, new ApprovalProfile(new CandidateSet([]), Array.Empty<ApprovalBallot>())).Winners.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ProportionalCatalogFixture.MethodIds), MemberType = typeof(ProportionalCatalogFixture))]
    public void Aggregate_MoreSeatsThanCandidates_ThrowsNamingSeats(string id)
    {
        var profile = new ApprovalProfile(CandidateSet.Letters(2), [new ApprovalBallot(2, [0])]);
        Should.Throw<ArgumentException>(() => Run(id, profile)).Message.ShouldContain("seats");
    }

    [Theory]
    [MemberData(nameof(ProportionalCatalogFixture.MethodIds), MemberType = typeof(ProportionalCatalogFixture))]
    public void Aggregate_ZeroSeats_RejectedByValidation(string id)
    {
        var profile = new ApprovalProfile(CandidateSet.Letters(3), [new ApprovalBallot(3, [0])]);
        Should.Throw<ArgumentException>(() => Run(id, profile, MethodParameters.Empty.With("seats", "0"))).Message.ShouldContain("seats");
    }

    [Theory]
    [MemberData(nameof(ProportionalCatalogFixture.MethodIds), MemberType = typeof(ProportionalCatalogFixture))]
    public void Aggregate_RandomProfiles_ElectsExactlySeatsAndReportsRepresentation(string id)
    {
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var (profile, k) = RandomProfile(rng);
            var result = Run(id, profile, Seats(k));
            result.Winners.Count.ShouldBe(k, $"seed {seed}");
            result.Ranking![0].ShouldBe(result.Winners, $"seed {seed}");
            var e = result.Explanation.ShouldBeOfType<CommitteeExplanation>();
            e.Members.Order().ToList().ShouldBe([.. result.Winners], $"seed {seed}");
            e.Representation.Keys.Order(StringComparer.Ordinal).ShouldBe(["ejr", "jr", "pjr"]);
            e.Representation.Values.ShouldAllBe(v => v == "satisfied" || v == "violated" || v == "unknown");
        }
    }

    [Theory]
    [InlineData("pav")]
    [InlineData("equal-shares")]
    public void Aggregate_EjrRules_SlateSatisfiesEjr(string id)
    {
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var (profile, k) = RandomProfile(rng);
            var e = Run(id, profile, Seats(k)).Explanation.ShouldBeOfType<CommitteeExplanation>();
            e.Representation["ejr"].ShouldBe("satisfied", $"seed {seed}");
            e.Representation["jr"].ShouldBe("satisfied", $"seed {seed}");
        }
    }

    [Fact]
    public void Aggregate_Phragmen_SlateSatisfiesPjr()
    {
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var (profile, k) = RandomProfile(rng);
            Run("phragmen", profile, Seats(k)).Explanation.ShouldBeOfType<CommitteeExplanation>().Representation["pjr"].ShouldBe("satisfied", $"seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(ProportionalCatalogFixture.MethodIds), MemberType = typeof(ProportionalCatalogFixture))]
    public void Aggregate_ShuffledAndCompressed_SameCanonicalJson(string id)
    {
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var (profile, k) = RandomProfile(rng);
            var expanded = profile.Ballots.SelectMany(b => Enumerable.Repeat(b.Ballot, (int)b.Count)).ToArray();
            rng.Shuffle(expanded);
            var again = new ApprovalProfile(profile.Candidates, expanded);
            Json(id, again, Seats(k)).ShouldBe(Json(id, profile, Seats(k)), $"seed {seed}");
            Json(id, profile, Seats(k)).ShouldBe(Json(id, profile, Seats(k)), $"seed {seed}");
        }
    }

    [Fact]
    public void Aggregate_TwoCohesiveGroups_EveryRuleGivesTheMinorityASeat()
    {
        // 6 voters approve {A, B, D}, 3 approve {C}: with 3 seats the quota is 3, so C's group deserves one seat (JR).
        var ballots = Enumerable.Repeat(new ApprovalBallot(4, [0, 1, 3]), 6).Concat(Enumerable.Repeat(new ApprovalBallot(4, [2]), 3));
        var profile = new ApprovalProfile(CandidateSet.Letters(4), ballots);
        foreach (var id in new[] { "pav", "sequential-pav", "phragmen", "equal-shares" })
        {
            var result = Run(id, profile);
            result.Winners.ShouldContain(2, id);
            result.Winners.Count.ShouldBe(3, id);
            result.Explanation.ShouldBeOfType<CommitteeExplanation>().Representation["jr"].ShouldBe("satisfied", id);
        }
    }

    [Fact]
    public void Aggregate_SequentialPav_StepsNameTheCandidates()
    {
        var profile = new ApprovalProfile(new CandidateSet(["Ada", "Bo", "Cy"]), [new ApprovalBallot(3, [1]), new ApprovalBallot(3, [1, 2])]);
        var steps = Run("sequential-pav", profile, Seats(2)).Explanation.ShouldBeOfType<CommitteeExplanation>().Steps;
        steps[0].ShouldStartWith("Round 1: candidate Bo ");
        steps[1].ShouldStartWith("Round 2: candidate Cy ");
    }

    private static (ApprovalProfile Profile, int Seats) RandomProfile(Random rng)
    {
        var m = rng.Next(3, 7);
        var k = rng.Next(1, m + 1);
        var ballots = Enumerable.Range(0, rng.Next(1, 15))
            .Select(_ => new ApprovalBallot(m, Enumerable.Range(0, m).Where(_ => rng.Next(3) == 0)))
            .ToList();
        return (new ApprovalProfile(CandidateSet.Letters(m), ballots), k);
    }

    private static MethodParameters Seats(int k) => MethodParameters.Empty.With("seats", k.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static AggregationResult Run(string id, ApprovalProfile profile, MethodParameters? parameters = null) =>
        ProportionalCatalogFixture.Registry.Get(id).Aggregate(profile, parameters ?? MethodParameters.Empty, TestContext.Current.CancellationToken);

    private static string Json(string id, ApprovalProfile profile, MethodParameters parameters)
    {
        var m = ProportionalCatalogFixture.Registry.Get(id);
        return CanonicalJson.SerializeToString(Run(id, profile, parameters), profile.Candidates, m.Id, m.Version, parameters);
    }
}
