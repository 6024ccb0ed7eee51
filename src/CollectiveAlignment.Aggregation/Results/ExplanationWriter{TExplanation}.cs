namespace CollectiveAlignment.Aggregation.Results;

/// <summary>The typed base of an <see cref="ExplanationWriter"/>.</summary>
/// <typeparam name="TExplanation">The explanation type written.</typeparam>
public abstract class ExplanationWriter<TExplanation> : ExplanationWriter
    where TExplanation : Explanation
{
    /// <inheritdoc />
    public sealed override Type ExplanationType => typeof(TExplanation);

    /// <inheritdoc />
    public sealed override void WriteProperties(Explanation explanation, CanonicalJsonObject json)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(json);
        Write((TExplanation)explanation, json);
    }

    /// <summary>
    /// Adds <paramref name="explanation"/>'s own properties (not <c>summary</c> or <c>type</c>) to <paramref name="json"/>;
    /// both arguments have been checked for null.
    /// </summary>
    protected abstract void Write(TExplanation explanation, CanonicalJsonObject json);
}
