using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Aggregation.Tests.Profiles;

public sealed class RankedProfileTests
{
    [Fact]
    public void Constructor_IdenticalBallotsInAnyOrder_CompressToSameEntries()
    {
        var a = RankedBallot.FromOrder(3, 0, 1, 2);
        var b = RankedBallot.FromOrder(3, 2, 1);
        var p1 = new RankedProfile(CandidateSet.Letters(3), [a, b, a]);
        var p2 = new RankedProfile(CandidateSet.Letters(3), [b, a, RankedBallot.FromOrder(3, 0, 1, 2)]);
        p1.DistinctBallotCount.ShouldBe(2);
        p1.Ballots.ShouldBe(p2.Ballots);
        p1.Ballots.Single(x => x.Ballot.Equals(a)).Count.ShouldBe(2);
    }

    [Fact]
    public void Matrix_WeightedTiesAndTruncation_CountsStrictPreferencesOnly()
    {
        // Ballot 1 (weight 2): A > {B, C}. Ballot 2 (weight 1): C only (A and B unranked, below C, tied with each other).
        var profile = new RankedProfile(CandidateSet.Letters(3),
        [
            new WeightedBallot<RankedBallot>(RankedBallot.FromTiers(3, [[0], [1, 2]]), 1, 2),
            new WeightedBallot<RankedBallot>(RankedBallot.FromOrder(3, 2), 1, 1),
        ]);
        var m = profile.Matrix;
        m.Support(0, 1).ShouldBe(2);
        m.Support(1, 2).ShouldBe(0);
        m.Support(2, 1).ShouldBe(1);
        m.Support(2, 0).ShouldBe(1);
        m.Margin(0, 2).ShouldBe(1);
        m.CondorcetWinner().ShouldBe(0);
    }

    [Fact]
    public void Matrix_IncomparableTruncation_IgnoresPairsWithUnranked()
    {
        var profile = new RankedProfile(CandidateSet.Letters(2), [RankedBallot.FromOrder(2, 0), RankedBallot.FromOrder(2, 0), RankedBallot.FromOrder(2, 1, 0)], TruncationMode.Incomparable);
        profile.Matrix.Support(0, 1).ShouldBe(0);
        profile.Matrix.Support(1, 0).ShouldBe(1);
        profile.WithTruncation(TruncationMode.UnrankedTiedAtBottom).Matrix.Support(0, 1).ShouldBe(2);
    }

    [Fact]
    public void Matrix_LargeProfile_ParallelSumMatchesSequentialDefinition()
    {
        var rng = new Random(7);
        var ballots = Enumerable.Range(0, 6000).Select(_ =>
        {
            var order = Enumerable.Range(0, 6).ToArray();
            rng.Shuffle(order);
            return RankedBallot.FromOrder(6, order[..rng.Next(1, 7)]);
        }).ToList();
        var profile = new RankedProfile(CandidateSet.Letters(6), ballots);
        for (var a = 0; a < 6; a++)
        {
            for (var b = 0; b < 6; b++)
            {
                if (a != b)
                {
                    profile.Matrix.Support(a, b).ShouldBe(ballots.Count(x => profile.Prefers(x, a, b)), $"{a} over {b}");
                }
            }
        }
    }

    [Fact]
    public void Constructor_BallotOverOtherCandidateCount_Throws()
    {
        Should.Throw<ArgumentException>(() => new RankedProfile(CandidateSet.Letters(3), [RankedBallot.FromOrder(2, 0, 1)]));
    }

    [Fact]
    public void FromTiers_RepeatedCandidate_Throws()
    {
        Should.Throw<ArgumentException>(() => RankedBallot.FromTiers(3, [[0], [1, 0]]));
    }

    [Fact]
    public void CandidateSet_DuplicateName_Throws()
    {
        Should.Throw<ArgumentException>(() => new CandidateSet(["A", "A"]));
    }
}
