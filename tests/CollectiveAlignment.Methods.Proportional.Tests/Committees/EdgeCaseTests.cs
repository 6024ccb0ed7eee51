using CollectiveAlignment.Methods.Proportional.Axioms;
using CollectiveAlignment.Methods.Proportional.Committees;
using CollectiveAlignment.Methods.Proportional.Profiles;

namespace CollectiveAlignment.Methods.Proportional.Tests.Committees;

public sealed class EdgeCaseTests
{
    [Fact]
    public void Select_CompressedProfile_EqualsExpandedProfile()
    {
        // Homogeneity of the weight convention (seeds 1..20): a ballot of weight 3 counts as three identical ballots.
        for (var seed = 1; seed <= 20; seed++)
        {
            var rng = new Random(seed);
            var distinct = Enumerable.Range(0, 5).Select(_ => Enumerable.Range(0, 6).Where(_ => rng.NextDouble() < 0.4).DefaultIfEmpty(rng.Next(6)).ToArray()).ToArray();
            var counts = distinct.Select(_ => 1 + rng.Next(3)).ToArray();
            var compressed = new ApprovalProfile(6, distinct, counts.Select(c => (double)c));
            var expanded = new ApprovalProfile(6, distinct.SelectMany((b, i) => Enumerable.Repeat(b, counts[i])));
            Pav.Exact(compressed, 3).Members.ShouldBe(Pav.Exact(expanded, 3).Members, $"seed {seed}");
            SequentialPav.Select(compressed, 3).Members.ShouldBe(SequentialPav.Select(expanded, 3).Members, $"seed {seed}");
            Phragmen.Select(compressed, 3).Members.ShouldBe(Phragmen.Select(expanded, 3).Members, $"seed {seed}");
            EqualShares.Select(compressed, 3).Members.ShouldBe(EqualShares.Select(expanded, 3).Members, $"seed {seed}");
            Summary(JustifiedRepresentation.Check(compressed, [0, 1, 2])).ShouldBe(Summary(JustifiedRepresentation.Check(expanded, [0, 1, 2])), $"seed {seed}");
        }
    }

    private static string Summary(RepresentationReport r) =>
        string.Join(" | ", new[] { r.Jr, r.Pjr, r.Ejr }.Select(a => $"{a.Status} {a.Level} {a.GroupWeight} [{string.Join(",", a.CommonCandidates)}]"));

    [Fact]
    public void Select_ZeroSeats_ReturnsEmptyCommittee()
    {
        var profile = new ApprovalProfile(3, [[0], [1]]);
        Pav.Exact(profile, 0).Members.ShouldBeEmpty();
        SequentialPav.Select(profile, 0).Members.ShouldBeEmpty();
        Phragmen.Select(profile, 0).Members.ShouldBeEmpty();
        EqualShares.Select(profile, 0).Members.ShouldBeEmpty();
    }

    [Fact]
    public void Phragmen_MoreSeatsThanApprovedCandidates_FillsWithUnapproved()
    {
        var profile = new ApprovalProfile(3, [[1], [1]]);
        Phragmen.Select(profile, 2).Members.ShouldBe([1, 0]);
    }

    [Fact]
    public void Profile_CandidateOutOfRange_Throws()
    {
        Should.Throw<ArgumentException>(() => new ApprovalProfile(2, [[2]]));
        Should.Throw<ArgumentException>(() => new ApprovalProfile(2, [[1]], [0.0]));
    }
}
