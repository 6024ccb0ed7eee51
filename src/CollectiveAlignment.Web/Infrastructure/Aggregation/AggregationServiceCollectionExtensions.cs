using CollectiveAlignment.Aggregation.Files;
using CollectiveAlignment.Aggregation.Registry;
using CollectiveAlignment.Web.Infrastructure.Settings;

namespace CollectiveAlignment.Web.Infrastructure.Aggregation;

/// <summary>The method catalog as a singleton: the built-in families plus the configured plug-ins folder.</summary>
public static class AggregationServiceCollectionExtensions
{
    /// <summary>Registers <see cref="MethodRegistry"/>; a bad plug-in fails start-up with a message naming its type.</summary>
    public static IServiceCollection AddAggregationMethods(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(AggregationMethodsOptions.SectionName).Get<AggregationMethodsOptions>() ?? new AggregationMethodsOptions();
        services.AddValidatedOptions<AggregationMethodsOptions>(AggregationMethodsOptions.SectionName);
        var plugins = string.IsNullOrWhiteSpace(options.PluginsPath)
            ? null
            : Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.PluginsPath));
        // The same builder as calign's: every built-in family shipped beside the portal, plus the plug-ins folder.
        services.AddSingleton(_ => MethodCatalog.BuildBuiltIn(AppContext.BaseDirectory, plugins));
        return services;
    }
}
