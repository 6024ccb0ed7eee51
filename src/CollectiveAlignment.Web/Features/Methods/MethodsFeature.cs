using CollectiveAlignment.Web.Infrastructure.Aggregation;
using CollectiveAlignment.Web.Infrastructure.Api;

namespace CollectiveAlignment.Web.Features.Methods;

/// <summary>The aggregation method catalog: its page and its API, over the registry of method plug-ins.</summary>
public static class MethodsFeature
{
    /// <summary>Adds the method registry (the plug-ins configured for this host).</summary>
    public static IServiceCollection AddMethods(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) =>
        services.AddAggregationMethods(configuration, environment);

    /// <summary>Maps <c>/api/v1/methods</c>.</summary>
    public static IEndpointRouteBuilder MapMethods(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiV1().MapMethodsApi();
        return endpoints;
    }
}
