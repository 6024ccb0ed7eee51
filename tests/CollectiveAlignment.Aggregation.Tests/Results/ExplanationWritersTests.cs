using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Results;

namespace CollectiveAlignment.Aggregation.Tests.Results;

/// <summary>The explanation-writer registry: kinds outside the SDK are written canonically, and conflicts are refused.</summary>
public sealed class ExplanationWritersTests
{
    private static string Json(Explanation e) =>
        CanonicalJson.SerializeToString(new AggregationResult([1], e), CandidateSet.Letters(2), "x", 1, MethodParameters.Empty);

    [Fact]
    public void Serialize_KindNamedByAttribute_IsWrittenInKeyOrderWithSummaryAndType()
    {
        // The writer adds its keys out of order; the object still comes out sorted.
        Json(new Veto("v", 1, 0.5)).ShouldContain("""
            "explanation":{"share":0.5,"summary":"v","type":"test-veto","vetoed":"B"}
            """);
    }

    [Fact]
    public void Serialize_KindRegisteredExplicitly_IsWritten()
    {
        ExplanationWriters.Register(new UnattributedWriter());
        Json(new Unattributed("u")).ShouldContain("""
            "explanation":{"note":"registered","summary":"u","type":"test-unattributed"}
            """);
    }

    [Fact]
    public void Serialize_TypeWithoutWriter_FailsNamingIt()
    {
        Should.Throw<NotSupportedException>(() => Json(new Unwritten("w"))).Message.ShouldBe("Unknown explanation type Unwritten.");
    }

    [Fact]
    public void Register_KindOfAnotherType_IsRefused()
    {
        Should.Throw<InvalidOperationException>(() => ExplanationWriters.Register(new HijackWriter()))
            .Message.ShouldContain("kind 'score-tally' is already written for CollectiveAlignment.Aggregation.Results.ScoreTallyExplanation");
    }

    [Fact]
    public void Serialize_WriterThatWritesSummaryItself_FailsOnTheDuplicateKey()
    {
        Should.Throw<InvalidOperationException>(() => Json(new Noisy("n"))).Message.ShouldBe("The key 'summary' is written twice.");
    }

    [ExplanationWriter(typeof(VetoWriter))]
    public sealed record Veto(string Text, int Vetoed, double Share) : Explanation(Text);

    public sealed class VetoWriter : ExplanationWriter<Veto>
    {
        public override string Kind => "test-veto";

        protected override void Write(Veto explanation, CanonicalJsonObject json)
        {
            json.AddCandidate("vetoed", explanation.Vetoed);
            json.AddNumber("share", explanation.Share);
        }
    }

    public sealed record Unattributed(string Text) : Explanation(Text);

    public sealed class UnattributedWriter : ExplanationWriter<Unattributed>
    {
        public override string Kind => "test-unattributed";

        protected override void Write(Unattributed explanation, CanonicalJsonObject json) => json.Add("note", "registered");
    }

    public sealed record Unwritten(string Text) : Explanation(Text);

    public sealed record Hijack(string Text) : Explanation(Text);

    public sealed class HijackWriter : ExplanationWriter<Hijack>
    {
        public override string Kind => "score-tally";

        protected override void Write(Hijack explanation, CanonicalJsonObject json)
        {
        }
    }

    [ExplanationWriter(typeof(NoisyWriter))]
    public sealed record Noisy(string Text) : Explanation(Text);

    public sealed class NoisyWriter : ExplanationWriter<Noisy>
    {
        public override string Kind => "test-noisy";

        protected override void Write(Noisy explanation, CanonicalJsonObject json) => json.Add("summary", "again");
    }
}
