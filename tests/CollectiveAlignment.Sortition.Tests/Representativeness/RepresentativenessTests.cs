namespace CollectiveAlignment.Sortition.Tests;

public sealed class RepresentativenessTests
{
    private static readonly Category[] Categories =
    [
        new("gender", [new CategoryValue("f", 0, 10, PopulationShare: 0.5), new CategoryValue("m", 0, 10, PopulationShare: 0.5)]),
        new("age", [new CategoryValue("y", 0, 10, PopulationShare: 0.4), new CategoryValue("o", 0, 10, PopulationShare: 0.6)]),
    ];

    private static SelectionProblem Problem(params (string G, string A)[] people) =>
        SelectionProblem.Create(Categories, people.Select((p, i) => new Person("p" + i, [p.G, p.A])).ToList(), people.Length);

    [Fact]
    public void Analyze_PanelMatchingShares_PValueOne()
    {
        var problem = Problem(("f", "y"), ("f", "o"), ("f", "o"), ("m", "y"), ("m", "o"), ("f", "y"), ("f", "o"), ("m", "o"), ("m", "y"), ("m", "o"));
        var report = Representativeness.Analyze(problem, problem.People.Select(p => p.Id).ToList());
        report.Categories[0].ChiSquare.ShouldBe(0, 1e-12);
        report.Categories[0].ChiSquarePValue.ShouldBe(1, 1e-12);
        report.Raking.Converged.ShouldBeTrue();
        report.Raking.Weights.Values.ShouldAllBe(w => Math.Abs(w - 1) < 1e-6);
    }

    [Fact]
    public void Analyze_SkewedPanel_RakingHitsMarginsAndChiSquareMatchesHandComputation()
    {
        // 6 women, 2 men; 4 young, 4 old.
        var problem = Problem(("f", "y"), ("f", "y"), ("f", "y"), ("f", "o"), ("f", "o"), ("f", "o"), ("m", "y"), ("m", "o"));
        var report = Representativeness.Analyze(problem, problem.People.Select(p => p.Id).ToList());

        // Expected 4 and 4: (6-4)^2/4 + (2-4)^2/4 = 2, df 1, p = P(chi2_1 > 2) = 0.157299...
        report.Categories[0].ChiSquare.ShouldBe(2, 1e-12);
        report.Categories[0].ChiSquarePValue.ShouldBe(0.15729920705028513, 1e-9);
        report.Raking.Converged.ShouldBeTrue();
        var weights = report.Raking.Weights;
        var total = weights.Values.Sum();
        var women = problem.People.Where(p => p.Features[0] == "f").Sum(p => weights[p.Id]) / total;
        var young = problem.People.Where(p => p.Features[1] == "y").Sum(p => weights[p.Id]) / total;
        women.ShouldBe(0.5, 1e-6);
        young.ShouldBe(0.4, 1e-6);
    }
}
