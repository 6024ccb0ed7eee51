using System.Text.Json;
using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Jobs;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Jobs;

/// <summary>
/// The single Hangfire entry point: loads the run row, skips it if it already finished (so retries and recovery are
/// harmless), runs its handler, and records progress, result or error.
/// </summary>
public sealed class JobRunExecutor(AppDbContext db, IEnumerable<IJobHandler> handlers, TimeProvider time, ILogger<JobRunExecutor> logger)
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

        var handler = handlers.SingleOrDefault(h => string.Equals(h.Kind, run.Kind, StringComparison.Ordinal));
        if (handler is null)
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
            var result = await handler.RunAsync(run, new RunProgress(this, run), ct);
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
            var final = run.Attempts >= MaxAttempts;
            run.Status = final ? JobRunStatus.Failed : JobRunStatus.Pending;
            run.Error = ex.Message;
            run.CompletedAt = final ? time.GetUtcNow() : null;
            await db.SaveChangesAsync(CancellationToken.None);
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

    private async Task ReportAsync(JobRun run, JobProgress progress)
    {
        run.Progress = Math.Clamp(progress.Percent, 0, 100);
        run.Message = progress.Message;
        await db.SaveChangesAsync();
    }

    /// <summary>Writes progress to the run row as the handler reports it.</summary>
    private sealed class RunProgress(JobRunExecutor executor, JobRun run) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => executor.ReportAsync(run, value).GetAwaiter().GetResult();
    }
}
