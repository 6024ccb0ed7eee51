using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Jobs;

/// <summary>
/// Writes to a run row through a context of its own, never the handler's: progress comes from the writer's thread,
/// and a failure must be recorded even when the handler's context still holds the entity whose save failed (or an
/// open transaction), which would fail the same way again and leave the run running for ever.
/// </summary>
public sealed class JobRunStore(IServiceScopeFactory scopes)
{
    /// <summary>Writes progress, only while the run is running: a late report never overwrites the outcome.</summary>
    public async Task WriteProgressAsync(Guid runId, JobProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var percent = Math.Clamp(progress.Percent, 0, 100);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.JobRuns.Where(r => r.Id == runId && r.Status == JobRunStatus.Running).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.Progress, percent).SetProperty(r => r.Message, progress.Message),
            CancellationToken.None);
    }

    /// <summary>Records a failed attempt: back to pending for a retry, or failed for good once it was the last.</summary>
    public async Task RecordFailureAsync(Guid runId, JobRunStatus status, string error, DateTimeOffset? completedAt)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.JobRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.Status, status).SetProperty(r => r.Error, error).SetProperty(r => r.CompletedAt, completedAt),
            CancellationToken.None);
    }
}
