using System.Text.Json;
using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Jobs;
using Hangfire;

namespace CollectiveAlignment.Web.Jobs;

/// <summary>Records the intent of a run, then queues it. The record comes first, so no accepted request is lost.</summary>
public sealed class JobRunScheduler(AppDbContext db, IBackgroundJobClient jobs, TimeProvider time, ILogger<JobRunScheduler> logger)
{
    /// <summary>Records a new pending run of <paramref name="kind"/> and queues it.</summary>
    public async Task<JobRun> EnqueueAsync(string kind, object? payload, string requestedBy, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        var run = new JobRun
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Payload = payload is null ? null : JsonSerializer.Serialize(payload),
            Status = JobRunStatus.Pending,
            RequestedBy = requestedBy,
            CreatedAt = time.GetUtcNow(),
        };
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(ct);
        await QueueAsync(run, ct);
        return run;
    }

    /// <summary>Hands an already recorded run to the job queue (again).</summary>
    public async Task QueueAsync(JobRun run, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            run.QueueJobId = jobs.Enqueue<JobRunExecutor>(executor => executor.RunAsync(run.Id, CancellationToken.None));
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The run row stays pending; start-up recovery queues it again.
            logger.LogError(ex, "Run {RunId} ({Kind}) was recorded but could not be queued; it will be queued at the next start", run.Id, run.Kind);
            throw;
        }
    }
}
