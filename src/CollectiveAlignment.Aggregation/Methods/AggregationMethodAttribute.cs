namespace CollectiveAlignment.Aggregation.Methods;

/// <summary>
/// Marks a class as a registered aggregation method with a stable, permanent kebab-case id. The opt-in keeps helper
/// classes out of the registry. Bump <see cref="Version"/> whenever behaviour changes; results record <c>id@version</c>.
/// </summary>
/// <param name="id">The permanent kebab-case id, e.g. <c>schulze</c>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class AggregationMethodAttribute(string id) : Attribute
{
    /// <summary>The permanent kebab-case id.</summary>
    public string Id { get; } = id;

    /// <summary>The behaviour version, starting at 1.</summary>
    public int Version { get; set; } = 1;
}
