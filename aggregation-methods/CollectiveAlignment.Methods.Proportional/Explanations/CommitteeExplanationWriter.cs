using CollectiveAlignment.Aggregation.Results;

namespace CollectiveAlignment.Methods.Proportional.Explanations;

/// <summary>
/// Writes <see cref="CommitteeExplanation"/> as <c>committee</c>: <c>members</c> in selection order (the order is part of a
/// sequential rule's explanation), <c>pavScore</c>, <c>representation</c>, <c>seats</c>, <c>steps</c> and <c>tieBroken</c>.
/// </summary>
public sealed class CommitteeExplanationWriter : ExplanationWriter<CommitteeExplanation>
{
    /// <inheritdoc />
    public override string Kind => "committee";

    /// <inheritdoc />
    protected override void Write(CommitteeExplanation explanation, CanonicalJsonObject json)
    {
        json.AddCandidateSequence("members", explanation.Members);
        json.AddNumber("pavScore", explanation.PavScore);
        json.AddStringMap("representation", explanation.Representation);
        json.AddInteger("seats", explanation.Seats);
        json.AddStrings("steps", explanation.Steps);
        json.Add("tieBroken", explanation.TieBroken);
    }
}
