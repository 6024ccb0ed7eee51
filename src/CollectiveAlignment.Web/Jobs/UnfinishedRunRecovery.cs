using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Jobs;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Jobs;

/// <summary>
/// At start-up, queues again every run that is recorded but unfinished and that the job queue no longer holds: all of
/// them with in-memory storage (the queue died with the process), and with durable storage those whose queued job is
/// gone or ended. Handlers are idempotent and the executor skips finished runs, so queueing twice is harmless.
/// </summary>
public sealed class UnfinishedRunRecovery(IServiceScopeFactory scopes, BackgroundJobsOptions options, JobStorage storage, ILogger<UnfinishedRunRecovery> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var queue = scope.ServiceProvider.GetRequiredService<JobRunScheduler>();
        var unfinished = await db.JobRuns
            .Where(r => r.Status == JobRunStatus.Pending || r.Status == JobRunStatus.Running)
            .ToListAsync(cancellationToken);
        var requeued = 0;
        foreach (var run in unfinished)
        {
            if (options.IsDurable && IsStillQueued(run.QueueJobId))
            {
                continue;
            }

            // A run interrupted mid-way goes back to pending; the executor counts the new attempt.
            run.Status = JobRunStatus.Pending;
            await queue.QueueAsync(run, cancellationToken);
            requeued++;
        }

        if (requeued > 0)
        {
            logger.LogInformation("Queued {Count} unfinished background run(s) again after a restart", requeued);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private bool IsStillQueued(string? queueJobId)
    {
        if (queueJobId is null)
        {
            return false;
        }

        using var connection = storage.GetConnection();
        var state = connection.GetStateData(queueJobId)?.Name;
        string[] live = [EnqueuedState.StateName, ProcessingState.StateName, ScheduledState.StateName, AwaitingState.StateName];
        return state is not null && live.Contains(state, StringComparer.Ordinal);
    }
}
