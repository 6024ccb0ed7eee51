using CollectiveAlignment.Methods.Cardinal.Explanations;

namespace CollectiveAlignment.Methods.Cardinal.Tests.Explanations;

public sealed class MajorityGradesExplanationWriterTests
{
    [Fact]
    public void Serialize_MajorityGradesExplanation_WritesEachCandidatesGaugeByName()
    {
        var e = new MajorityGradesExplanation("g", [new MajorityGrade(3, 1, 0.25), new MajorityGrade(2, -1, 0.5)]);
        var json = CanonicalJson.SerializeToString(new AggregationResult([0], e), CandidateSet.Letters(2), "majority-judgment", 1, MethodParameters.Empty);
        json.ShouldContain("""
            "explanation":{"grades":{"A":{"median":3,"share":0.25,"sign":1},"B":{"median":2,"share":0.5,"sign":-1}},"summary":"g","type":"majority-grades"}
            """);
    }
}
