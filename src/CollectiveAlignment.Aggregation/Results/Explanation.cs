namespace CollectiveAlignment.Aggregation.Results;

/// <summary>
/// Why a method chose its winners, in a form the portal can draw. A closed hierarchy: only the SDK defines subtypes, so
/// <see cref="CanonicalJson"/> and renderers can handle every case.
/// </summary>
public abstract record Explanation
{
    private protected Explanation(string summary) => Summary = summary;

    /// <summary>One or two sentences in plain words.</summary>
    public string Summary { get; }
}
