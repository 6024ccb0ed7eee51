namespace CollectiveAlignment.Sortition.Tests;

public sealed class ReplacementTests
{
    private static readonly Category[] Categories =
    [
        new("gender", [new CategoryValue("f", 2, 2), new CategoryValue("m", 2, 2)]),
        new("age", [new CategoryValue("y", 1, 3), new CategoryValue("o", 1, 3)]),
    ];

    [Fact]
    public void Draw_SameProfileAvailable_PicksSameStratum()
    {
        var people = new[]
        {
            new Person("a", ["f", "y"]), new Person("b", ["f", "o"]), new Person("c", ["m", "y"]), new Person("d", ["m", "o"]),
            new Person("e", ["f", "y"]), new Person("g", ["f", "o"]), new Person("h", ["m", "y"]),
        };
        var problem = SelectionProblem.Create(Categories, people, 4);

        var result = Replacement.Draw(problem, ["a", "b", "c", "d"], "a", [], "r1");

        result.ReplacementId.ShouldBe("e");
        result.SharedValues.ShouldBe(2);
    }

    [Fact]
    public void Draw_OnlyOtherStrata_KeepsQuotas()
    {
        var people = new[]
        {
            new Person("a", ["f", "y"]), new Person("b", ["f", "o"]), new Person("c", ["m", "y"]), new Person("d", ["m", "o"]),
            new Person("g", ["f", "o"]), new Person("h", ["m", "y"]),
        };
        var problem = SelectionProblem.Create(Categories, people, 4);

        var result = Replacement.Draw(problem, ["a", "b", "c", "d"], "a", [], "r1");

        result.ReplacementId.ShouldBe("g");
        var index = people.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        problem.IsFeasiblePanel(new[] { "g", "b", "c", "d" }.Select(id => index[id]).ToList()).ShouldBeTrue();
    }

    [Fact]
    public void Draw_MemberLeftThePool_DrawsAnyoneWhoKeepsTheQuotas()
    {
        // 'a' withdrew: no longer in the pool, so their values are unknown; the panel lacks one woman.
        var people = new[]
        {
            new Person("b", ["f", "o"]), new Person("c", ["m", "y"]), new Person("d", ["m", "o"]),
            new Person("e", ["f", "y"]), new Person("h", ["m", "y"]),
        };
        var problem = SelectionProblem.Create(Categories, people, 4);

        var result = Replacement.Draw(problem, ["a", "b", "c", "d"], "a", [], "r1");

        result.ReplacementId.ShouldBe("e", "only a woman keeps the gender quota");
        result.SharedValues.ShouldBe(0);
        result.Explanation.ShouldContain("who left the pool");
        Should.Throw<ArgumentException>(() => Replacement.Draw(problem, ["b", "c", "d"], "a", [], "r1"));
    }

    [Fact]
    public void Draw_NobodyFits_ExplainsInsteadOfThrowing()
    {
        var people = new[] { new Person("a", ["f", "y"]), new Person("b", ["f", "o"]), new Person("c", ["m", "y"]), new Person("d", ["m", "o"]), new Person("h", ["m", "y"]) };
        var problem = SelectionProblem.Create(Categories, people, 4);

        var result = Replacement.Draw(problem, ["a", "b", "c", "d"], "a", [], "r1");

        result.ReplacementId.ShouldBeNull();
        result.Explanation.ShouldContain("keeps every quota");
    }
}
