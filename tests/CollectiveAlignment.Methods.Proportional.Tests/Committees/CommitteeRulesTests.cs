using CollectiveAlignment.Methods.Proportional.Axioms;
using CollectiveAlignment.Methods.Proportional.Committees;
using CollectiveAlignment.Methods.Proportional.Profiles;

namespace CollectiveAlignment.Methods.Proportional.Tests.Committees;

public sealed class CommitteeRulesTests
{
    /// <summary>
    /// Four voters approve {0,1,2}, two approve {3}; k = 3, so n/k = 2 and the two {3}-voters are a 1-cohesive group
    /// (the standard JR illustration of Aziz et al. 2017, §1: approval voting ignores them).
    /// </summary>
    private static ApprovalProfile MajorityAndMinority() =>
        new(4, [[0, 1, 2], [0, 1, 2], [0, 1, 2], [0, 1, 2], [3], [3]]);

    [Fact]
    public void Exact_MajorityAndMinority_GivesMinorityASeat()
    {
        // PAV scores: {0,1,2} = 4·H(3) = 7.33; {0,1,3} = 4·H(2) + 2·H(1) = 8, shared by {0,2,3} and {1,2,3}.
        var result = Pav.Exact(MajorityAndMinority(), 3);
        result.Members.ShouldBe([0, 1, 3]);
        result.PavScore.ShouldBe(8.0, 1e-12);
        result.TieBroken.ShouldBeTrue();
    }

    [Fact]
    public void SequentialPav_MajorityAndMinority_HandComputedRounds()
    {
        // Gains: round 1 (4,4,4,2) → 0; round 2 (–,2,2,2) → 1 by lowest index; round 3 (–,–,4/3,2) → 3.
        var result = SequentialPav.Select(MajorityAndMinority(), 3);
        result.Members.ShouldBe([0, 1, 3]);
        result.TieBroken.ShouldBeTrue();
    }

    [Fact]
    public void Phragmen_MajorityAndMinority_HandComputedLoads()
    {
        // Loads: round 1 (¼,¼,¼,½) → 0; round 2 (½,½,–… for 1 and 3) → 1 by lowest index; round 3 (¾ for 2, ½ for 3) → 3.
        var result = Phragmen.Select(MajorityAndMinority(), 3);
        result.Members.ShouldBe([0, 1, 3]);
        result.Explanation[2].ShouldContain("0.5");
    }

    [Fact]
    public void EqualShares_MajorityAndMinority_MinorityBuysItsSeat()
    {
        // Budgets k/n = ½. Candidate 0 costs the majority ¼ each (ρ = ¼), then 1 another ¼ each; the minority pays ½ each for 3.
        var result = EqualShares.Select(MajorityAndMinority(), 3);
        result.Members.ShouldBe([0, 1, 3]);
    }

    [Fact]
    public void EqualShares_UnaffordableSeats_CompletedAsStated()
    {
        // Three voters, three singleton ballots and k = 2: each candidate needs 1 but each voter holds 2/3, so nothing is
        // affordable. Add-one: at 3 virtual seats each voter holds 1 and all three are bought (3 > 2), so that run is
        // rejected and the utilitarian fill (ties → lowest index) gives {0, 1}.
        var profile = new ApprovalProfile(3, [[0], [1], [2]]);
        EqualShares.Select(profile, 2).Members.ShouldBe([0, 1]);
        EqualShares.Select(profile, 2, EqualSharesCompletion.Utilitarian).Members.ShouldBe([0, 1]);
    }

    [Fact]
    public void Exact_TooManyCandidates_Throws()
    {
        var profile = new ApprovalProfile(65, [[0]]);
        Should.Throw<ArgumentException>(() => Pav.Exact(profile, 1));
    }

    [Fact]
    public void Rules_RandomProfiles_SatisfyTheirProvedAxioms()
    {
        // Theorems: PAV ⇒ EJR (Aziz et al. 2017, Thm 11); MES ⇒ EJR (Peters & Skowron 2020, Thm 4.2);
        // seq-Phragmén ⇒ PJR (Brill et al. 2017, Thm 7); seq-PAV ⇒ JR (Aziz et al. 2017: for k ≥ ... holds for all k).
        // Fixed seeds 1..60, printed on failure.
        for (var seed = 1; seed <= 60; seed++)
        {
            var rng = new Random(seed);
            var m = 4 + rng.Next(5);
            var n = 4 + rng.Next(12);
            var k = 1 + rng.Next(Math.Min(4, m));
            var ballots = Enumerable.Range(0, n).Select(_ =>
            {
                var pick = Enumerable.Range(0, m).Where(_ => rng.NextDouble() < 0.35).ToArray();
                return pick.Length == 0 ? new[] { rng.Next(m) } : pick;
            }).ToArray();
            var profile = new ApprovalProfile(m, ballots);

            JustifiedRepresentation.Check(profile, Pav.Exact(profile, k).Members).Ejr.Status.ShouldBe(AxiomStatus.Satisfied, $"PAV, seed {seed}");
            JustifiedRepresentation.Check(profile, EqualShares.Select(profile, k).Members).Ejr.Status.ShouldBe(AxiomStatus.Satisfied, $"MES, seed {seed}");
            JustifiedRepresentation.Check(profile, Phragmen.Select(profile, k).Members).Pjr.Status.ShouldBe(AxiomStatus.Satisfied, $"Phragmén, seed {seed}");
            JustifiedRepresentation.Check(profile, SequentialPav.Select(profile, k).Members).Jr.Status.ShouldBe(AxiomStatus.Satisfied, $"seq-PAV, seed {seed}");
        }
    }

    [Fact]
    public void Select_ShuffledBallots_SameCommittee()
    {
        // Anonymity on fixed seeds 1..30: ballot order cannot change any rule's committee.
        for (var seed = 1; seed <= 30; seed++)
        {
            var rng = new Random(seed);
            var ballots = Enumerable.Range(0, 10).Select(_ => Enumerable.Range(0, 6).Where(_ => rng.NextDouble() < 0.4).DefaultIfEmpty(0).ToArray()).ToArray();
            var shuffled = ballots.OrderBy(_ => rng.Next()).ToArray();
            var a = new ApprovalProfile(6, ballots);
            var b = new ApprovalProfile(6, shuffled);
            Pav.Exact(b, 3).Members.ShouldBe(Pav.Exact(a, 3).Members, $"seed {seed}");
            SequentialPav.Select(b, 3).Members.ShouldBe(SequentialPav.Select(a, 3).Members, $"seed {seed}");
            Phragmen.Select(b, 3).Members.ShouldBe(Phragmen.Select(a, 3).Members, $"seed {seed}");
            EqualShares.Select(b, 3).Members.ShouldBe(EqualShares.Select(a, 3).Members, $"seed {seed}");
        }
    }
}
