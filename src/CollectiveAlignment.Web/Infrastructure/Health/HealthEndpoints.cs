using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CollectiveAlignment.Web.Infrastructure.Health;

/// <summary>Liveness and readiness probes.</summary>
public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    /// <summary>Registers the readiness checks.</summary>
    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: it can serve (database reachable, migrated).</summary>
    public static IEndpointRouteBuilder MapPortalHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
