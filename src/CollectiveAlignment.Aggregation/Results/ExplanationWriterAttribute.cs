namespace CollectiveAlignment.Aggregation.Results;

/// <summary>
/// Names the <see cref="ExplanationWriter"/> of an explanation type, so <see cref="CanonicalJson"/> finds it without any
/// registration call: the SDK's own kinds, the method families' and a plug-in's are all found the same way.
/// </summary>
/// <param name="writerType">A public <see cref="ExplanationWriter"/> type with a public parameterless constructor.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ExplanationWriterAttribute(Type writerType) : Attribute
{
    /// <summary>The writer type.</summary>
    public Type WriterType { get; } = writerType;
}
