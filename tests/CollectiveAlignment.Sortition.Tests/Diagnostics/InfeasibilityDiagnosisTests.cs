namespace CollectiveAlignment.Sortition.Tests;

public sealed class InfeasibilityDiagnosisTests
{
    private static SelectionProblem Pool(IReadOnlyList<Category> categories, params string[][] features) =>
        SelectionProblem.Create(categories, features.Select((f, i) => new Person("p" + i, f)).ToList(), 4);

    [Fact]
    public void Select_MinimaExceedPanelSize_ExplainsCategoryAndRelaxation()
    {
        var categories = new[]
        {
            new Category("gender", [new CategoryValue("f", 3, 4), new CategoryValue("m", 2, 4)]),
            new Category("age", [new CategoryValue("y", 0, 4), new CategoryValue("o", 0, 4)]),
        };
        var problem = Pool(categories, ["f", "y"], ["f", "o"], ["f", "y"], ["m", "o"], ["m", "y"], ["m", "o"]);

        var result = PanelSelector.Select(problem, SelectionAlgorithm.Leximin, "1", cancellationToken: TestContext.Current.CancellationToken);

        result.Feasible.ShouldBeFalse();
        result.Infeasibility!.ConflictingCategories.ShouldBe(["gender"]);
        result.Infeasibility.Reasons.ShouldContain(r => r.Contains("sum to 5", StringComparison.Ordinal));
        result.Infeasibility.TotalRelaxation.ShouldBe(1);
    }

    [Fact]
    public void Explain_PairConflict_NamesBothCategoriesAndRelaxationIsFeasible()
    {
        // Every woman is young and every man old, but the quotas want 2 women and 3 old people on a panel of 4.
        var categories = new[]
        {
            new Category("gender", [new CategoryValue("f", 2, 2), new CategoryValue("m", 2, 2)]),
            new Category("age", [new CategoryValue("y", 1, 1), new CategoryValue("o", 3, 3)]),
        };
        var problem = Pool(categories, ["f", "y"], ["f", "y"], ["f", "y"], ["m", "o"], ["m", "o"], ["m", "o"]);

        var explanation = InfeasibilityDiagnosis.Explain(problem);

        explanation.ConflictingCategories.ShouldBe(["gender", "age"]);
        explanation.TotalRelaxation.ShouldBeGreaterThan(0);
        var relaxed = categories.Select(c => c with
        {
            Values = c.Values.Select(v =>
            {
                var r = explanation.Relaxations.FirstOrDefault(x => x.Category == c.Name && x.Value == v.Name);
                return r is null ? v : v with { Min = r.SuggestedMin, Max = r.SuggestedMax };
            }).ToList(),
        }).ToList();
        Leximin.Solve(SelectionProblem.Create(relaxed, problem.People, 4), TestContext.Current.CancellationToken).Feasible.ShouldBeTrue();
    }

    [Fact]
    public void Explain_FlexBoundsTooTight_SuggestsRelaxationOutsideFlex()
    {
        var categories = new[] { new Category("gender", [new CategoryValue("f", 3, 4, MinFlex: 3), new CategoryValue("m", 2, 4, MinFlex: 2)]) };
        var problem = Pool(categories, ["f"], ["f"], ["f"], ["m"], ["m"]);

        var explanation = InfeasibilityDiagnosis.Explain(problem);

        explanation.WithinFlex.ShouldBeFalse();
        explanation.TotalRelaxation.ShouldBe(1);
    }

    [Fact]
    public void Explain_PoolTooSmall_SaysSoWithoutThrowing()
    {
        var categories = new[] { new Category("gender", [new CategoryValue("f", 0, 4), new CategoryValue("m", 0, 4)]) };
        var problem = Pool(categories, ["f"], ["m"]);

        var explanation = InfeasibilityDiagnosis.Explain(problem);

        explanation.Relaxations.ShouldBeEmpty();
        explanation.Summary.ShouldContain("pool is too small");
    }
}
