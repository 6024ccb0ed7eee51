using System.Text.Json;
using static CollectiveAlignment.Cli.Tests.CliSandbox;

namespace CollectiveAlignment.Cli.Tests.Sortition;

public sealed class SortitionSelectCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new("calign-sortition-");

    public void Dispose() => _cli.Dispose();

    private (string Categories, string People) Files(string female = "2,2")
    {
        var categories = _cli.Write("categories.csv", $"feature,value,min,max\ngender,female,{female}\ngender,male,2,2\nage,young,1,3\nage,old,1,3\n");
        var people = _cli.Write("people.csv", "nationbuilder_id,gender,age\n1,female,young\n2,female,old\n3,female,young\n4,male,old\n5,male,young\n6,male,old\n");
        return (categories, people);
    }

    [Fact]
    public async Task Select_JsonLeximin_PrintsDocumentedObject()
    {
        var (categories, people) = Files();

        var (exit, output, _) = await RunAsync("sortition", "select", "--categories", categories, "--people", people, "--size", "4", "--seed", "12345", "--json");

        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("feasible").GetBoolean().ShouldBeTrue();
        root.GetProperty("panel").GetArrayLength().ShouldBe(4);
        root.GetProperty("probabilities").EnumerateObject().Count().ShouldBe(6);
        root.GetProperty("probabilities").EnumerateObject().Sum(p => p.Value.GetDouble()).ShouldBe(4, 1e-6);
        root.GetProperty("minProbability").GetDouble().ShouldBeGreaterThan(0);
        root.GetProperty("quotas").EnumerateArray().ShouldAllBe(q => q.GetProperty("met").GetBoolean());
    }

    [Theory]
    [InlineData("hybrid")]
    [InlineData("glop")]
    public async Task Select_MasterSolver_ReportsItAndGivesTheSameProbabilities(string solver)
    {
        var (categories, people) = Files();
        string[] args = ["sortition", "select", "--categories", categories, "--people", people, "--size", "4", "--seed", "12345", "--json"];

        var (exit, output, _) = await RunAsync([.. args, "--master-solver", solver]);
        var (_, reference, _) = await RunAsync(args);

        exit.ShouldBe(0);
        var diagnostics = JsonDocument.Parse(output).RootElement.GetProperty("diagnostics");
        diagnostics.GetProperty("masterSolver").GetString().ShouldBe(solver);
        diagnostics.GetProperty("glopFallback").ValueKind.ShouldBeOneOf(JsonValueKind.True, JsonValueKind.False);
        var expected = JsonDocument.Parse(reference).RootElement.GetProperty("probabilities");
        foreach (var person in JsonDocument.Parse(output).RootElement.GetProperty("probabilities").EnumerateObject())
        {
            person.Value.GetDouble().ShouldBe(expected.GetProperty(person.Name).GetDouble(), 1e-6, person.Name);
        }
    }

    [Fact]
    public async Task Select_TableOutput_NamesTheMasterSolver()
    {
        var (categories, people) = Files();

        var (exit, output, _) = await RunAsync("sortition", "select", "--categories", categories, "--people", people, "--size", "4", "--seed", "9", "--master-solver", "glop");

        exit.ShouldBe(0);
        output.ShouldContain("Master LP solver: glop.");
    }

    [Theory]
    [InlineData("leximin", "cplex", "cplex")]
    [InlineData("legacy", "glop", "--master-solver applies to --algorithm leximin only.")]
    public async Task Select_BadMasterSolverChoice_IsRejected(string algorithm, string solver, string message)
    {
        var (categories, people) = Files();

        var (exit, _, error) = await RunAsync("sortition", "select", "--categories", categories, "--people", people, "--size", "4", "--seed", "9", "--algorithm", algorithm, "--master-solver", solver);

        exit.ShouldNotBe(0);
        error.ShouldContain(message);
    }

    [Fact]
    public async Task Select_SameSeedTwice_SamePanel()
    {
        var (categories, people) = Files();
        string[] args = ["sortition", "select", "--categories", categories, "--people", people, "--size", "4", "--seed", "public-seed-7", "--json"];

        var first = await RunAsync(args);
        var second = await RunAsync(args);

        JsonDocument.Parse(first.Out).RootElement.GetProperty("panel").ToString()
            .ShouldBe(JsonDocument.Parse(second.Out).RootElement.GetProperty("panel").ToString());
    }

    [Fact]
    public async Task Select_InfeasibleQuotas_ExitsOneWithExplanation()
    {
        var (categories, people) = Files(female: "3,3");

        var (exit, output, _) = await RunAsync("sortition", "select", "--categories", categories, "--people", people, "--size", "4", "--seed", "1", "--json");

        exit.ShouldBe(1);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("feasible").GetBoolean().ShouldBeFalse();
        root.GetProperty("infeasibility").GetProperty("conflictingCategories")[0].GetString().ShouldBe("gender");
    }

    [Fact]
    public async Task Select_TableOutput_ShowsQuotaTable()
    {
        var (categories, people) = Files();

        var (exit, output, _) = await RunAsync("sortition", "select", "--categories", categories, "--people", people, "--size", "4", "--seed", "9", "--algorithm", "legacy");

        exit.ShouldBe(0);
        output.ShouldContain("Panel of 4 (legacy, seed 9)");
        output.ShouldContain("female");
    }

    [Fact]
    public async Task Select_BadPeopleFile_ExitsTwoNamingLine()
    {
        var (categories, _) = Files();
        var people = _cli.Write("bad.csv", "id,gender,age\n1,female,young\n2,robot,old\n");

        var (exit, _, error) = await RunAsync("sortition", "select", "--categories", categories, "--people", people, "--size", "1", "--seed", "1");

        exit.ShouldBe(2);
        error.ShouldContain("line 3");
    }
}
