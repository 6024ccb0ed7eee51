using CollectiveAlignment.Aggregation.Results;

namespace CollectiveAlignment.Aggregation.Tests.Results;

public sealed class TieBreakerTests
{
    private static readonly AggregationResult Tied = new([1, 3], new ScoreTallyExplanation("s", "p", true, [0, 1, 0, 1]));

    [Fact]
    public void ByPriority_TiedWinners_PicksFirstInPriority()
    {
        TieBreaker.ByPriority(Tied, [3, 2, 1, 0]).Winner.ShouldBe(3);
        TieBreaker.ByCandidateOrder(Tied, 4).Winner.ShouldBe(1);
    }

    [Fact]
    public void BySeed_SameSeed_SameChoiceAndOrder()
    {
        var a = TieBreaker.BySeed(Tied, 4, 20261122);
        var b = TieBreaker.BySeed(Tied, 4, 20261122);
        a.Winner.ShouldBe(b.Winner);
        a.Priority.ShouldBe(b.Priority);
        a.Tied.ShouldBe([1, 3]);
        a.Rule.ShouldContain("20261122");
    }

    [Fact]
    public void BySeed_PublishedSeeds_GiveRecordedPriorityOrders()
    {
        // Recorded before the generator moved to SeededRandom: a published seed must keep naming the same order.
        TieBreaker.BySeed(Tied, 4, 20261122).Priority.ShouldBe([3, 0, 1, 2]);
        var ten = new AggregationResult([0, 9], new ScoreTallyExplanation("s", "p", true, [1, 0, 0, 0, 0, 0, 0, 0, 0, 1]));
        TieBreaker.BySeed(ten, 10, 7).Priority.ShouldBe([8, 1, 5, 9, 0, 4, 3, 2, 6, 7]);
    }

    [Fact]
    public void ByPriority_NotAPermutation_Throws()
    {
        Should.Throw<ArgumentException>(() => TieBreaker.ByPriority(Tied, [0, 0, 1, 2]));
    }
}
