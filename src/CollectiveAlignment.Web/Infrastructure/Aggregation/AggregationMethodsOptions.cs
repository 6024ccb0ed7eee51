namespace CollectiveAlignment.Web.Infrastructure.Aggregation;

/// <summary>Where external aggregation plug-ins live, bound from <c>AggregationMethods</c>.</summary>
public sealed class AggregationMethodsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "AggregationMethods";

    /// <summary>A folder of plug-in assemblies (one sub-folder or DLL each), relative to the content root; empty for none.</summary>
    public string? PluginsPath { get; set; }
}
