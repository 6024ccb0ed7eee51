using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Jobs;
using Hangfire;

namespace CollectiveAlignment.Web.Jobs;

/// <summary>Records the intent of a run, then queues it. The record comes first, so no accepted request is lost.</summary>
public sealed class JobRunScheduler(AppDbContext db, IBackgroundJobClient jobs, IServiceProvider services, TimeProvider time, ILogger<JobRunScheduler> logger)
{
    /// <summary>
    /// Records a new pending run of <paramref name="kind"/> with <paramref name="payload"/> and queues it. The run
    /// concerns <paramref name="processId"/> if given, else the payload's process (<see cref="IProcessPayload"/>).
    /// </summary>
    /// <exception cref="ArgumentException">No handler serves <paramref name="kind"/>, or it expects another payload type.</exception>
    public async Task<JobRun> EnqueueAsync<TPayload>(string kind, TPayload payload, string requestedBy, Guid? processId, CancellationToken ct = default)
        where TPayload : notnull
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(payload);
        var expected = services.GetKeyedService<JobKindRegistration>(kind)?.PayloadType
            ?? throw new ArgumentException($"No handler is registered for run kind '{kind}'.", nameof(kind));
        if (expected != typeof(TPayload))
        {
            throw new ArgumentException($"Runs of kind '{kind}' take a {expected.Name} payload, not a {typeof(TPayload).Name}.", nameof(payload));
        }

        var run = new JobRun
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Payload = JobPayload.Write(payload),
            ProcessId = processId ?? (payload as IProcessPayload)?.ProcessId,
            Status = JobRunStatus.Pending,
            RequestedBy = requestedBy,
            CreatedAt = time.GetUtcNow(),
        };
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(ct);
        await QueueAsync(run, ct);
        return run;
    }

    /// <summary>Records a new pending run of <paramref name="kind"/> with <paramref name="payload"/> and queues it.</summary>
    /// <exception cref="ArgumentException">No handler serves <paramref name="kind"/>, or it expects another payload type.</exception>
    public Task<JobRun> EnqueueAsync<TPayload>(string kind, TPayload payload, string requestedBy, CancellationToken ct = default)
        where TPayload : notnull =>
        EnqueueAsync(kind, payload, requestedBy, processId: null, ct);

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
