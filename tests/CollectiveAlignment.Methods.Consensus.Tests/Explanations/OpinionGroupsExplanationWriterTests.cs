using CollectiveAlignment.Methods.Consensus.Explanations;

namespace CollectiveAlignment.Methods.Consensus.Tests.Explanations;

public sealed class OpinionGroupsExplanationWriterTests
{
    [Fact]
    public void Serialize_OpinionGroupsExplanation_WritesGroupsBallotsAndConsensusWithSortedKeys()
    {
        var e = new OpinionGroupsExplanation("g",
            [new OpinionGroup(2, [new GroupRepresentative(1, false, 0.75, 2.5, 1.9)])],
            [new OpinionGroupBallot(2, 0, 0.5, -0.25), new OpinionGroupBallot(1, -1, 0, 0)],
            [0.2, 0.6]);
        var json = CanonicalJson.SerializeToString(AggregationResult.FromScores([0.2, 0.6], true, e), CandidateSet.Letters(2), "opinion-groups", 1, MethodParameters.Empty);
        json.ShouldContain("""
            "explanation":{"ballots":[{"count":2,"group":0,"x":0.5,"y":-0.25},{"count":1,"group":-1,"x":0,"y":0}],"consensus":{"A":0.2,"B":0.6},"groups":[{"representatives":[{"agree":false,"probability":0.75,"repness":2.5,"repnessTest":1.9,"statement":"B"}],"size":2}],"summary":"g","type":"opinion-groups"}
            """);
    }
}
