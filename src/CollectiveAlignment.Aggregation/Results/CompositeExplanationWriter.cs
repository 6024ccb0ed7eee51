namespace CollectiveAlignment.Aggregation.Results;

/// <summary>Writes <see cref="CompositeExplanation"/> as <c>composite</c>: <c>parts</c>, each written by its own writer.</summary>
public sealed class CompositeExplanationWriter : ExplanationWriter<CompositeExplanation>
{
    /// <inheritdoc />
    public override string Kind => "composite";

    /// <inheritdoc />
    protected override void Write(CompositeExplanation explanation, CanonicalJsonObject json)
    {
        json.AddExplanations("parts", explanation.Parts);
    }
}
