using System.Text.Json;
using CollectiveAlignment.Methods.Proportional.Explanations;

namespace CollectiveAlignment.Methods.Proportional.Tests.Explanations;

public sealed class CommitteeExplanationWriterTests
{
    [Fact]
    public void Serialize_CommitteeExplanation_KeepsSelectionOrderAndSortsRepresentation()
    {
        var representation = new Dictionary<string, string> { ["pjr"] = "satisfied", ["jr"] = "satisfied", ["ejr"] = "unknown" };
        var e = new CommitteeExplanation("c", 2, [2, 0], 2.5, true, ["C first", "then A"], representation);
        var json = CanonicalJson.SerializeToString(new AggregationResult([0, 2], e), CandidateSet.Letters(3), "pav", 1, MethodParameters.Empty);
        using var doc = JsonDocument.Parse(json);
        var x = doc.RootElement.GetProperty("explanation");
        x.EnumerateObject().Select(p => p.Name).ShouldBe(["members", "pavScore", "representation", "seats", "steps", "summary", "tieBroken", "type"]);
        x.GetProperty("members").EnumerateArray().Select(m => m.GetString()).ShouldBe(["C", "A"]);
        x.GetProperty("representation").EnumerateObject().Select(p => p.Name).ShouldBe(["ejr", "jr", "pjr"]);
        x.GetProperty("type").GetString().ShouldBe("committee");
    }
}
