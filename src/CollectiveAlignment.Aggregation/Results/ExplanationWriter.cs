namespace CollectiveAlignment.Aggregation.Results;

/// <summary>
/// Writes one kind of <see cref="Explanation"/> into the canonical result JSON. Derive from
/// <see cref="ExplanationWriter{TExplanation}"/> and name the writer on the explanation type with
/// <see cref="ExplanationWriterAttribute"/> (or call <see cref="ExplanationWriters.Register"/>).
/// </summary>
public abstract class ExplanationWriter
{
    /// <summary>The <c>type</c> discriminator written with every explanation of this kind, e.g. <c>score-tally</c> (kebab-case).</summary>
    public abstract string Kind { get; }

    /// <summary>The explanation type this writer handles.</summary>
    public abstract Type ExplanationType { get; }

    /// <summary>
    /// Adds the explanation's own properties to <paramref name="json"/>; <c>summary</c> and <c>type</c> are added by the SDK.
    /// </summary>
    public abstract void WriteProperties(Explanation explanation, CanonicalJsonObject json);
}
