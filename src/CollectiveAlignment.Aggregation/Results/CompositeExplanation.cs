namespace CollectiveAlignment.Aggregation.Results;

/// <summary>Several explanations in sequence (e.g. Black: the Condorcet check, then the Borda count).</summary>
[ExplanationWriter(typeof(CompositeExplanationWriter))]
public sealed record CompositeExplanation : Explanation
{
    /// <summary>Creates the explanation.</summary>
    public CompositeExplanation(string summary, IReadOnlyList<Explanation> parts)
        : base(summary) => Parts = parts;

    /// <summary>The parts in order.</summary>
    public IReadOnlyList<Explanation> Parts { get; }
}
