using System.Text.Json;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Results;

namespace CollectiveAlignment.Aggregation.Tests.Results;

public sealed class CanonicalJsonTests
{
    private static readonly CandidateSet Names = new(["Bob", "Alice", "Carol"]);

    [Fact]
    public void Serialize_Result_HasSortedTopLevelAndNames()
    {
        var result = AggregationResult.FromScores([2, 3, 2], true, new ScoreTallyExplanation("s", "points", true, [2, 3, 2]));
        var json = CanonicalJson.SerializeToString(result, Names, "borda", 1, MethodParameters.Empty.With("unranked", "zero"));
        json.ShouldBe("""{"candidates":["Bob","Alice","Carol"],"explanation":{"higherIsBetter":true,"scoreName":"points","scores":{"Alice":3,"Bob":2,"Carol":2},"summary":"s","type":"score-tally"},"method":"borda","methodVersion":1,"parameters":{"unranked":"zero"},"ranking":[["Alice"],["Bob","Carol"]],"scores":{"Alice":3,"Bob":2,"Carol":2},"winners":["Alice"]}""");
        using var doc = JsonDocument.Parse(json);
        doc.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["candidates", "explanation", "method", "methodVersion", "parameters", "ranking", "scores", "winners"]);
    }

    [Fact]
    public void Serialize_NegativeZeroAndRoundingNoise_PrintCanonically()
    {
        var a = new AggregationResult([0], new PairwiseMarginsExplanation("m", [[-0.0, 0.1 + 0.2], [0.3, 0]]));
        var json = CanonicalJson.SerializeToString(a, CandidateSet.Letters(2), "x", 1, MethodParameters.Empty);
        json.ShouldContain("\"margins\":[[0,0.3],[0.3,0]]");
    }

    [Fact]
    public void Serialize_EverySdkExplanationKind_WritesItsPropertiesInKeyOrder()
    {
        // The families' kinds are checked in their own test projects (…/Explanations/*WriterTests).
        Explanation[] all =
        [
            new PairwiseMarginsExplanation("m", [[0, 1], [-1, 0]]),
            new ScoreTallyExplanation("s", "p", false, [1, 2]),
            new EliminationRoundsExplanation("e", "votes", [new EliminationRound([1, null], [0])]),
        ];
        var composite = new CompositeExplanation("c", all);
        var json = CanonicalJson.SerializeToString(new AggregationResult([0], composite), CandidateSet.Letters(2), "x", 1, MethodParameters.Empty);
        json.ShouldContain("""
            "explanation":{"parts":[{"margins":[[0,1],[-1,0]],"summary":"m","type":"pairwise-margins"},{"higherIsBetter":false,"scoreName":"p","scores":{"A":1,"B":2},"summary":"s","type":"score-tally"},{"rounds":[{"eliminated":["A"],"tallies":{"A":1}}],"summary":"e","tallyName":"votes","type":"elimination-rounds"}],"summary":"c","type":"composite"}
            """);
    }

    [Fact]
    public void AggregationResult_RankingWhoseTopDiffersFromWinners_Throws()
    {
        Should.Throw<ArgumentException>(() => new AggregationResult([0], new ScoreTallyExplanation("s", "p", true, []), [[1], [0]]));
    }
}
