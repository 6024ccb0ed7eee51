using System.Text.Json;
using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Jobs;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Jobs;

/// <summary>
/// The single Hangfire entry point: loads the run row, skips it if it already finished (so retries and recovery are
/// harmless), runs the handler registered for its kind, and records progress, result or error.
/// </summary>
public sealed class JobRunExecutor(AppDbContext db, IServiceProvider services, JobRunStore store, TimeProvider time, ILogger<JobRunExecutor> logger)
{
    /// <summary>Tries per run: the first plus Hangfire's automatic retries.</summary>
    public const int MaxAttempts = 3;

    /// <summary>Runs the recorded run <paramref name="runId"/>.</summary>
    [AutomaticRetry(Attempts = MaxAttempts - 1, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(Guid runId, CancellationToken ct)
    {
        var run = await db.JobRuns.SingleOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            logger.LogWarning("Run {RunId} is not in the run table; nothing to do", runId);
            return;
        }

        if (run.Status is JobRunStatus.Succeeded or JobRunStatus.Failed)
        {
            logger.LogInformation("Run {RunId} already {Status}; skipping", runId, run.Status);
            return;
        }

        var runner = services.GetKeyedService<IJobRunner>(run.Kind);
        if (runner is null)
        {
            await FinishAsync(run, JobRunStatus.Failed, error: $"No handler for run kind '{run.Kind}'.", ct: ct);
            return;
        }

        run.Status = JobRunStatus.Running;
        run.Attempts++;
        run.StartedAt = time.GetUtcNow();
        run.Error = null;
        await db.SaveChangesAsync(ct);

        try
        {
            object? result;
            var progress = new JobProgressWriter(value => store.WriteProgressAsync(run.Id, value), JobProgressWriter.DefaultInterval, time, logger);
            try
            {
                result = await runner.RunAsync(run, progress, ct);
            }
            finally
            {
                // The last report is written before the outcome, and none after it.
                await progress.DisposeAsync();
            }

            await FinishAsync(run, JobRunStatus.Succeeded, result: result is null ? null : JsonSerializer.Serialize(result), ct: ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: leave the run as it is; it is queued again at the next start.
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Run {RunId} ({Kind}) failed on attempt {Attempt}", run.Id, run.Kind, run.Attempts);
            await RecordFailureAsync(run, ex.Message);
            throw;
        }
    }

    private async Task FinishAsync(JobRun run, JobRunStatus status, string? result = null, string? error = null, CancellationToken ct = default)
    {
        run.Status = status;
        run.Result = result;
        run.Error = error;
        run.Progress = status == JobRunStatus.Succeeded ? 100 : run.Progress;
        run.CompletedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    private async Task RecordFailureAsync(JobRun run, string error)
    {
        // Nothing the failed attempt left behind may be saved later through this scope's context either.
        db.ChangeTracker.Clear();
        var final = run.Attempts >= MaxAttempts;
        run.Status = final ? JobRunStatus.Failed : JobRunStatus.Pending;
        run.Error = error;
        run.CompletedAt = final ? time.GetUtcNow() : null;
        await store.RecordFailureAsync(run.Id, run.Status, error, run.CompletedAt);
    }
}
