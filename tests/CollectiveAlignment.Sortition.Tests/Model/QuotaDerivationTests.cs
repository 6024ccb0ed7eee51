namespace CollectiveAlignment.Sortition.Tests;

public sealed class QuotaDerivationTests
{
    [Fact]
    public void FromShares_ExactAndFractionalTargets_FloorAndCeilingWithSlack()
    {
        var categories = new[] { new Category("g", [new CategoryValue("a", 0, 0, PopulationShare: 0.3), new CategoryValue("b", 0, 0, PopulationShare: 0.7)]) };

        var tight = QuotaDerivation.FromShares(categories, 10);
        tight[0].Values.Select(v => (v.Min, v.Max)).ShouldBe([(3, 3), (7, 7)]);

        var loose = QuotaDerivation.FromShares(categories, 15, slack: 1);
        // 4.5 and 10.5 seats: [4, 5] and [10, 11], widened by one seat.
        loose[0].Values.Select(v => (v.Min, v.Max)).ShouldBe([(3, 6), (9, 12)]);
    }
}
