namespace CollectiveAlignment.Sortition.Tests;

public sealed class LegacyTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public void Select_FeasibleInstance_PanelMeetsQuotas(int seed)
    {
        var problem = TestInstances.Random(seed, 60, 12, 3, 3, households: seed % 2 == 0);
        var panel = Legacy.Select(problem, "s" + seed);
        if (panel is not null)
        {
            problem.IsFeasiblePanel(panel.ToList()).ShouldBeTrue($"seed {seed}");
        }
    }

    [Fact]
    public void Select_SameSeed_SamePanel()
    {
        var problem = TestInstances.Random(5, 60, 12, 3, 3);
        Legacy.Select(problem, "abc").ShouldBe(Legacy.Select(problem, "abc"));
    }

    [Fact]
    public void Select_LooseQuotas_AlwaysFindsPanel()
    {
        var problem = TestInstances.Random(6, 40, 10, 2, 2);
        var loose = SelectionProblem.Create(problem.Categories.Select(c => c with { Values = c.Values.Select(v => v with { Min = 0, Max = 10 }).ToList() }).ToList(), problem.People, 10);
        Legacy.Select(loose, "x").ShouldNotBeNull().Count.ShouldBe(10);
    }
}
