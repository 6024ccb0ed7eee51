using System.Reflection;
using System.Text.Json;
using static CollectiveAlignment.Cli.Tests.CliSandbox;

namespace CollectiveAlignment.Cli.Tests.Commands.Aggregation;

public sealed class AggregationCommandsTests : IDisposable
{
    // Tennessee capital example (Wikipedia, "Condorcet method"): Nashville is the Condorcet winner; IRV elects Knoxville.
    private const string Tennessee = """
        # DATA TYPE: soc
        # NUMBER ALTERNATIVES: 4
        # NUMBER VOTERS: 100
        # NUMBER UNIQUE ORDERS: 4
        # ALTERNATIVE NAME 1: Memphis
        # ALTERNATIVE NAME 2: Nashville
        # ALTERNATIVE NAME 3: Chattanooga
        # ALTERNATIVE NAME 4: Knoxville
        42: 1,2,3,4
        26: 2,3,4,1
        15: 3,4,2,1
        17: 4,3,2,1
        """;

    private readonly CliSandbox _cli = new("calign-tests-");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Aggregate_Json_HasDocumentedTopLevelAndFullWinnerSet()
    {
        var (exit, output, _) = Run("aggregate", "--method", "schulze", _cli.Write("t.soc", Tennessee), "--json");
        exit.ShouldBe(0);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        root.GetProperty("method").GetString().ShouldBe("schulze");
        root.GetProperty("winners").EnumerateArray().Select(e => e.GetString()).ShouldBe(["Nashville"]);
        root.GetProperty("ranking").EnumerateArray().Select(t => t[0].GetString()).ShouldBe(["Nashville", "Chattanooga", "Knoxville", "Memphis"]);
        root.GetProperty("explanation").GetProperty("type").GetString().ShouldBe("defeat-graph");
    }

    [Fact]
    public void Aggregate_JsonTwice_ByteIdentical()
    {
        var file = _cli.Write("t.soc", Tennessee);
        Run("aggregate", "-m", "instant-runoff", file, "--json").Out.ShouldBe(Run("aggregate", "-m", "instant-runoff", file, "--json").Out);
    }

    [Fact]
    public void Aggregate_Table_ShowsWinnersAndRounds()
    {
        var (exit, output, _) = Run("aggregate", "-m", "instant-runoff", _cli.Write("t.soc", Tennessee));
        exit.ShouldBe(0);
        output.ShouldContain("Winners: Knoxville");
        output.ShouldContain("Chattanooga");
    }

    [Fact]
    public void Aggregate_TiedWinners_ListsEveryOne()
    {
        var file = _cli.Write("cycle.soc", "# NUMBER ALTERNATIVES: 3\n# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n# ALTERNATIVE NAME 3: C\n1: 1,2,3\n1: 2,3,1\n1: 3,1,2\n");
        using var doc = JsonDocument.Parse(Run("aggregate", "-m", "copeland", file, "--json").Out);
        doc.RootElement.GetProperty("winners").EnumerateArray().Select(e => e.GetString()).ShouldBe(["A", "B", "C"]);
    }

    [Fact]
    public void Aggregate_TieBreakSeed_AddsTieBreakButKeepsFullWinnerSet()
    {
        var file = _cli.Write("cycle.soc", "# NUMBER ALTERNATIVES: 3\n# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n# ALTERNATIVE NAME 3: C\n1: 1,2,3\n1: 2,3,1\n1: 3,1,2\n");
        var first = Run("aggregate", "-m", "schulze", file, "--json", "--tie-break", "seed:42").Out;
        first.ShouldBe(Run("aggregate", "-m", "schulze", file, "--json", "--tie-break", "seed:42").Out);
        using var doc = JsonDocument.Parse(first);
        doc.RootElement.GetProperty("winners").GetArrayLength().ShouldBe(3);
        doc.RootElement.GetProperty("tieBreak").GetProperty("rule").GetString()!.ShouldContain("42");
        Run("aggregate", "-m", "schulze", file, "--tie-break", "order").Out.ShouldContain("Tie-break (first in candidate (file) order): A");
        Run("aggregate", "-m", "schulze", file, "--tie-break", "coin").Exit.ShouldBe(2);
    }

    [Fact]
    public void Aggregate_Parameter_IsPassedAndRecorded()
    {
        var (exit, output, _) = Run("aggregate", "-m", "borda", "-p", "unranked=zero", _cli.Write("t.soc", Tennessee), "--json");
        exit.ShouldBe(0);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("parameters").GetProperty("unranked").GetString().ShouldBe("zero");
    }

    [Fact]
    public void Aggregate_MalformedFile_ExitsTwoNamingFileAndLine()
    {
        var (exit, _, error) = Run("aggregate", "-m", "schulze", _cli.Write("bad.soc", Tennessee.Replace("17: 4,3,2,1", "17: 4,3,2,9", StringComparison.Ordinal)));
        exit.ShouldBe(2);
        error.ShouldContain("bad.soc:12: alternative 9 is outside 1..4");
    }

    [Fact]
    public void Aggregate_UnknownMethod_ExitsTwoListingKnownIds()
    {
        var (exit, _, error) = Run("aggregate", "-m", "nope", _cli.Write("t.soc", Tennessee));
        exit.ShouldBe(2);
        error.ShouldContain("schulze");
    }

    [Fact]
    public void Aggregate_CsvScoreFile_RunsCardinalMethod()
    {
        var file = _cli.Write("s.csv", "A,B,C\n5,4,0\n0,4,5\n5,3,0\n");
        using var doc = JsonDocument.Parse(Run("aggregate", "-m", "star", "--csv-kind", "score", file, "--json").Out);
        doc.RootElement.GetProperty("winners").EnumerateArray().Select(e => e.GetString()).ShouldBe(["A"]);
    }

    [Fact]
    public void Compare_AllMethods_ShowsDisagreementAndCondorcetWinner()
    {
        var (exit, output, _) = Run("compare", "--methods", "all", _cli.Write("t.soc", Tennessee));
        exit.ShouldBe(0);
        output.ShouldContain("Condorcet winner: Nashville");
        output.ShouldContain("The methods disagree");
    }

    [Fact]
    public void Compare_Json_ListsEveryRankedMethod()
    {
        var (exit, output, _) = Run("compare", "--methods", "all", _cli.Write("t.soc", Tennessee), "--json");
        exit.ShouldBe(0);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("condorcetWinner").GetString().ShouldBe("Nashville");
        doc.RootElement.GetProperty("results").GetArrayLength().ShouldBe(20);
    }

    [Fact]
    public void Compare_MethodOfOtherBallotKind_ExitsTwo()
    {
        Run("compare", "--methods", "schulze,approval", _cli.Write("t.soc", Tennessee)).Exit.ShouldBe(2);
    }

    [Fact]
    public void Methods_Json_ListsCatalogWithClaims()
    {
        var (exit, output, _) = Run("methods", "--json");
        exit.ShouldBe(0);
        using var doc = JsonDocument.Parse(output);
        var schulze = doc.RootElement.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "schulze");
        schulze.GetProperty("satisfies").EnumerateArray().Select(e => e.GetString()).ShouldContain("CondorcetWinner");
        doc.RootElement.GetArrayLength().ShouldBe(34);
    }

    [Fact]
    public void Plugins_ExamplePluginFolder_IsListedAndRuns()
    {
        var output = typeof(AggregationCommandsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ExamplePluginOutput").Value!;
        var plugins = Directory.CreateDirectory(Path.Combine(_cli.Folder, "plugins", "ExamplePlugin")).FullName;
        foreach (var file in Directory.EnumerateFiles(output))
        {
            File.Copy(file, Path.Combine(plugins, Path.GetFileName(file)));
        }

        var pluginsRoot = Path.Combine(_cli.Folder, "plugins");
        Run("methods", "--plugins", pluginsRoot).Out.ShouldContain("dowdall@1");
        var (exit, json, _) = Run("aggregate", "--plugins", pluginsRoot, "-m", "dowdall", _cli.Write("t.soc", Tennessee), "--json");
        exit.ShouldBe(0);
        using var doc = JsonDocument.Parse(json);
        doc.RootElement.GetProperty("winners").EnumerateArray().Select(e => e.GetString()).ShouldBe(["Nashville"]);
    }

    [Fact]
    public void Methods_Table_ListsIds()
    {
        Run("methods").Out.ShouldContain("kemeny-young@1");
    }
}
