namespace CollectiveAlignment.Aggregation.Results;

/// <summary>
/// Why a method chose its winners, in a form the portal can draw. An open hierarchy: the SDK defines the generic kinds (score
/// tallies, pairwise margins, elimination rounds, composites), the method families and plug-ins their own. Every concrete type
/// names its <see cref="ExplanationWriter"/> with <see cref="ExplanationWriterAttribute"/>, which <see cref="CanonicalJson"/>
/// uses; a renderer that does not know a kind can still show <see cref="Summary"/>.
/// </summary>
public abstract record Explanation
{
    /// <summary>Creates the explanation.</summary>
    /// <param name="summary">One or two sentences in plain words.</param>
    protected Explanation(string summary) => Summary = summary;

    /// <summary>One or two sentences in plain words.</summary>
    public string Summary { get; }
}
