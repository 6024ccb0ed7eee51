using System.Security.Claims;
using CollectiveAlignment.Web.Features.Runs;
using CollectiveAlignment.Web.Infrastructure.Api;
using CollectiveAlignment.Web.Infrastructure.Security;
using CollectiveAlignment.Web.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CollectiveAlignment.Web.Features.Audit;

/// <summary>Admin: start a verification of the audit chain; poll the returned run for the verdict.</summary>
public static class AuditApi
{
    /// <summary>Maps the resource.</summary>
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapPost("/audit/verifications", VerifyAuditChain)
            .RequireAuthorization(Policies.Admin)
            .WithTags("Audit")
            .WithName("VerifyAuditChain")
            .WithSummary("Queues a full verification of the audit chain; 202 with the run to poll.");
        return api;
    }

    /// <summary>Queues the verification.</summary>
    public static async Task<Accepted<RunsApi.RunResponse>> VerifyAuditChain(ClaimsPrincipal user, JobRunScheduler queue, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var run = await queue.EnqueueAsync(VerifyAuditChainJob.JobKind, NoPayload.Value, user.UserId(), ct);
        return TypedResults.Accepted($"{ApiV1.Prefix}/runs/{run.Id}", RunsApi.ToResponse(run));
    }
}
