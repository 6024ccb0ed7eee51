using System.Text.Json;
using static CollectiveAlignment.Cli.Tests.CliSandbox;

namespace CollectiveAlignment.Cli.Tests.Commands.Consensus;

public sealed class ConsensusCommandsTests : IDisposable
{
    // 337 participants and 31 kept statements (23 moderated out); see tests/data/polis/SOURCE.md.
    private static readonly string Seattle = Path.Combine(AppContext.BaseDirectory, "data", "polis", "15-per-hour-seattle");

    private readonly CliSandbox _cli = new("calign-consensus-tests-");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Aggregate_OpinionGroupsOnPolisFolder_JsonHasGroupsRepresentativesAndRanking()
    {
        var (exit, output, error) = Run("aggregate", "--method", "opinion-groups", Seattle, "--json");
        exit.ShouldBe(0, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["candidates", "explanation", "groups", "method", "methodVersion", "parameters", "ranking", "scores", "statements", "winners"]);
        var groups = root.GetProperty("groups").EnumerateObject().ToList();
        groups.Count.ShouldBe(337);
        groups.Select(g => g.Name).ShouldBe(groups.Select(g => g.Name).Order(StringComparer.Ordinal));
        var explanation = root.GetProperty("explanation");
        explanation.GetProperty("type").GetString().ShouldBe("opinion-groups");
        var groupCount = explanation.GetProperty("groups").GetArrayLength();
        groupCount.ShouldBeGreaterThanOrEqualTo(2);
        groups.ShouldAllBe(g => g.Value.GetInt32() >= -1 && g.Value.GetInt32() < groupCount);
        explanation.GetProperty("groups").EnumerateArray().ShouldAllBe(g => g.GetProperty("representatives").GetArrayLength() > 0);
        root.GetProperty("ranking").EnumerateArray().Sum(t => t.GetArrayLength()).ShouldBe(31);
        root.GetProperty("statements").EnumerateObject().Count().ShouldBe(31);
        var sizes = explanation.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("size").GetInt32()).ToList();
        for (var g = 0; g < groupCount; g++)
        {
            groups.Count(p => p.Value.GetInt32() == g).ShouldBe(sizes[g], $"group {g}");
        }
    }

    [Fact]
    public void Aggregate_OpinionGroupsJsonTwice_ByteIdentical()
    {
        Run("aggregate", "-m", "opinion-groups", Seattle, "--json").Out.ShouldBe(Run("aggregate", "-m", "opinion-groups", Seattle, "--json").Out);
    }

    [Fact]
    public void Aggregate_OpinionGroupsTable_ShowsGroupsWithStatementText()
    {
        var (exit, output, _) = Run("aggregate", "-m", "opinion-groups", Seattle);
        exit.ShouldBe(0);
        output.ShouldContain("Group 0");
        output.ShouldContain("Group 1");
    }

    [Fact]
    public void ImportPolis_WithOut_WritesCsvThatAggregatesLikeTheFolder()
    {
        var csv = Path.Combine(_cli.Folder, "votes.csv");
        var (exit, output, error) = Run("import", "polis", Seattle, "--out", csv);
        exit.ShouldBe(0, error);
        output.ShouldContain("337");
        output.ShouldContain("2849");
        File.ReadLines(csv).First().ShouldBe("participant,statement,vote");
        File.ReadLines(csv).Count().ShouldBe(2849 + 1);

        // Same participants, statements and votes, so the same profile and byte-identical results (bar the Polis texts).
        using var fromFolder = JsonDocument.Parse(Run("aggregate", "-m", "opinion-groups", Seattle, "--json").Out);
        using var fromCsv = JsonDocument.Parse(Run("aggregate", "-m", "opinion-groups", csv, "--json").Out);
        foreach (var key in new[] { "explanation", "groups", "ranking", "scores", "winners" })
        {
            fromCsv.RootElement.GetProperty(key).GetRawText().ShouldBe(fromFolder.RootElement.GetProperty(key).GetRawText(), key);
        }

        fromCsv.RootElement.TryGetProperty("statements", out _).ShouldBeFalse();
    }

    [Fact]
    public void ImportPolis_NotAPolisFolder_ExitsTwo()
    {
        var (exit, _, error) = Run("import", "polis", _cli.Folder);
        exit.ShouldBe(2);
        error.ShouldContain("Polis");
    }

    [Fact]
    public void Aggregate_StatementVoteCsvWithBadVote_ExitsTwoNamingTheLine()
    {
        var file = _cli.Write("v.csv", "participant,statement,vote\np1,s1,agree\np1,s2,maybe\n");
        var (exit, _, error) = Run("aggregate", "-m", "group-informed-consensus", file);
        exit.ShouldBe(2);
        error.ShouldContain("v.csv");
        error.ShouldContain("maybe");
    }

    [Fact]
    public void Compare_PolisFolder_RunsEveryStatementVoteMethod()
    {
        var (exit, output, error) = Run("compare", Seattle, "--json");
        exit.ShouldBe(0, error);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("method").GetString())
            .ShouldBe(["bridging", "group-informed-consensus", "opinion-groups"]);
    }

    [Fact]
    public void Aggregate_PavOnApprovalCsv_ElectsSeatsAndReportsRepresentation()
    {
        var file = _cli.Write("a.csv", "A,B,C,D\n1,1,0,1\n1,1,0,1\n1,1,0,1\n1,1,0,1\n1,1,0,1\n1,1,0,1\n0,0,1,0\n0,0,1,0\n0,0,1,0\n");
        var (exit, output, error) = Run("aggregate", "-m", "pav", "--csv-kind", "approval", "-p", "seats=3", file, "--json");
        exit.ShouldBe(0, error);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("winners").EnumerateArray().Select(e => e.GetString()).ShouldContain("C");
        doc.RootElement.GetProperty("winners").GetArrayLength().ShouldBe(3);
        var e = doc.RootElement.GetProperty("explanation");
        e.GetProperty("type").GetString().ShouldBe("committee");
        e.GetProperty("representation").GetProperty("ejr").GetString().ShouldBe("satisfied");
    }

    [Fact]
    public void Aggregate_CommitteeTable_ListsSeatsInOrderAndIsNotCalledATie()
    {
        var file = _cli.Write("a.csv", "A,B,C,D\n1,1,0,1\n1,1,0,1\n1,1,0,1\n0,0,1,0\n0,0,1,0\n");
        var (exit, output, error) = Run("aggregate", "-m", "equal-shares", "--csv-kind", "approval", "-p", "seats=2", file);
        exit.ShouldBe(0, error);
        output.ShouldContain("Seat");
        output.ShouldNotContain("(tied)");
    }

    [Fact]
    public void Aggregate_SeatsAboveCandidates_ExitsTwo()
    {
        var file = _cli.Write("a.csv", "A,B\n1,0\n0,1\n");
        var (exit, _, error) = Run("aggregate", "-m", "phragmen", "--csv-kind", "approval", file);
        exit.ShouldBe(2);
        error.ShouldContain("seats");
    }

    [Fact]
    public void Compare_ApprovalCsv_IncludesTheProportionalMethods()
    {
        var file = _cli.Write("a.csv", "A,B,C,D\n1,1,0,1\n1,0,0,1\n0,0,1,0\n");
        var (exit, output, error) = Run("compare", "--csv-kind", "approval", file, "--json");
        exit.ShouldBe(0, error);
        using var doc = JsonDocument.Parse(output);
        var methods = doc.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("method").GetString()).ToList();
        methods.ShouldContain("pav");
        methods.ShouldContain("sequential-pav");
        methods.ShouldContain("phragmen");
        methods.ShouldContain("equal-shares");
    }

    [Fact]
    public void Aggregate_BradleyTerryOnPairwiseJson_RanksTheChain()
    {
        var file = _cli.Write("p.json", """
            { "kind": "pairwise", "candidates": ["A", "B", "C"], "ballots": [
              { "comparisons": [ { "preferred": "A", "over": "B" } ], "count": 5 },
              { "comparisons": [ { "preferred": "B", "over": "C" } ], "count": 5 },
              { "comparisons": [ { "preferred": "C", "over": "A" } ], "count": 1 } ] }
            """);
        foreach (var method in new[] { "bradley-terry", "all-our-ideas" })
        {
            var (exit, output, error) = Run("aggregate", "-m", method, file, "--json");
            exit.ShouldBe(0, error);
            using var doc = JsonDocument.Parse(output);
            doc.RootElement.GetProperty("ranking").EnumerateArray().Select(t => t[0].GetString()).ShouldBe(["A", "B", "C"], method);
        }
    }
}
