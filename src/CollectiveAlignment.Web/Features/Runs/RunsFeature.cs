using CollectiveAlignment.Web.Infrastructure.Api;

namespace CollectiveAlignment.Web.Features.Runs;

/// <summary>Background runs as admins see them: the runs page and the runs API. The job machinery is in <c>Jobs/</c>.</summary>
public static class RunsFeature
{
    /// <summary>Nothing to register: the run queue is added with the background jobs.</summary>
    public static IServiceCollection AddRuns(this IServiceCollection services) => services;

    /// <summary>Maps <c>/api/v1/runs/…</c>.</summary>
    public static IEndpointRouteBuilder MapRuns(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiV1().MapRunsApi();
        return endpoints;
    }
}
