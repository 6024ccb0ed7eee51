namespace CollectiveAlignment.Sortition.Tests;

public sealed class StratifiedSamplingTests
{
    [Fact]
    public void Allocate_LargestRemainder_SumsToSeatsAndIsProportional()
    {
        // 10 seats over 50/30/20 people: quotas 5, 3, 2 exactly.
        StratifiedSampling.Allocate([50, 30, 20], 10).ShouldBe([5, 3, 2]);
        // 7 seats over 3 equal strata: 7/3 each, remainders tie and go to the first strata.
        StratifiedSampling.Allocate([10, 10, 10], 7).ShouldBe([3, 2, 2]);
    }

    [Fact]
    public void Select_AnyPool_ProbabilitiesAreAllocationOverStratumSize()
    {
        var problem = TestInstances.Random(3, 200, 20, 2, 3);
        var (panel, probabilities) = StratifiedSampling.Select(problem, "7");
        panel.Count.ShouldBe(20);
        panel.Distinct().Count().ShouldBe(20);
        probabilities.Sum().ShouldBe(20, 1e-9);
        StratifiedSampling.Select(problem, "7").Panel.ShouldBe(panel);
    }
}
