namespace CollectiveAlignment.Aggregation.Results;

/// <summary>Writes <see cref="PairwiseMarginsExplanation"/> as <c>pairwise-margins</c>: <c>margins</c>.</summary>
public sealed class PairwiseMarginsExplanationWriter : ExplanationWriter<PairwiseMarginsExplanation>
{
    /// <inheritdoc />
    public override string Kind => "pairwise-margins";

    /// <inheritdoc />
    protected override void Write(PairwiseMarginsExplanation explanation, CanonicalJsonObject json)
    {
        json.AddMatrix("margins", explanation.Margins);
    }
}
