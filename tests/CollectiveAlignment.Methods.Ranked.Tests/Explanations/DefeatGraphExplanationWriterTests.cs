using CollectiveAlignment.Methods.Ranked.Explanations;

namespace CollectiveAlignment.Methods.Ranked.Tests.Explanations;

public sealed class DefeatGraphExplanationWriterTests
{
    [Fact]
    public void Serialize_DefeatGraphExplanation_WritesDefeatsByNameAndTheMargins()
    {
        var e = new DefeatGraphExplanation("d", [new Defeat(0, 1, 2)], [[0, 2], [-2, 0]]);
        var json = CanonicalJson.SerializeToString(new AggregationResult([0], e), CandidateSet.Letters(2), "schulze", 1, MethodParameters.Empty);
        json.ShouldContain("""
            "explanation":{"defeats":[{"loser":"B","strength":2,"winner":"A"}],"margins":[[0,2],[-2,0]],"summary":"d","type":"defeat-graph"}
            """);
    }
}
