using CollectiveAlignment.Web.Infrastructure.Api;
using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Features.Audit;

/// <summary>The audit chain: its page, its verification job and its API.</summary>
public static class AuditFeature
{
    /// <summary>Adds the verification job.</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddJobHandler<VerifyAuditChainJob, NoPayload>(VerifyAuditChainJob.JobKind);
        return services;
    }

    /// <summary>Maps <c>/api/v1/audit/…</c>.</summary>
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiV1().MapAuditApi();
        return endpoints;
    }
}
