namespace CollectiveAlignment.Aggregation.Results;

/// <summary>The weighted pairwise margin matrix: <c>Margins[a][b]</c> &gt; 0 when a beats b.</summary>
[ExplanationWriter(typeof(PairwiseMarginsExplanationWriter))]
public sealed record PairwiseMarginsExplanation : Explanation
{
    /// <summary>Creates the explanation.</summary>
    public PairwiseMarginsExplanation(string summary, IReadOnlyList<IReadOnlyList<double>> margins)
        : base(summary) => Margins = margins;

    /// <summary>Row a, column b: support(a over b) − support(b over a).</summary>
    public IReadOnlyList<IReadOnlyList<double>> Margins { get; }
}
