using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Runs;

/// <summary>Admin: background runs and their progress.</summary>
public static class RunsApi
{
    /// <summary>A background run as the API shows it.</summary>
    public sealed record RunResponse(Guid Id, string Kind, string Status, int Progress, string? Message, string? Error, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);

    /// <summary>Maps the resource.</summary>
    public static RouteGroupBuilder MapRunsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/runs/{id:guid}", GetRun)
            .RequireAuthorization(Policies.Admin)
            .WithTags("Runs")
            .WithName("GetRun")
            .WithSummary("A background run: status, progress, error.");
        return api;
    }

    /// <summary>One run.</summary>
    public static async Task<Results<Ok<RunResponse>, ProblemHttpResult>> GetRun(Guid id, AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var run = await db.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        return run is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no background run {id}.")
            : TypedResults.Ok(ToResponse(run));
    }

    /// <summary>Maps a run row to its API shape.</summary>
    public static RunResponse ToResponse(JobRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new RunResponse(run.Id, run.Kind, run.Status.ToString(), run.Progress, run.Message, run.Error, run.Attempts, run.CreatedAt, run.CompletedAt);
    }
}
