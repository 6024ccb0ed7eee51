using CollectiveAlignment.Data.Jobs;

namespace CollectiveAlignment.Web.Jobs;

/// <summary>Deserialises a run's stored payload once, as the handler's payload type, and calls the handler.</summary>
public sealed class JobHandlerAdapter<THandler, TPayload>(THandler handler) : IJobRunner
    where THandler : IJobHandler<TPayload>
{
    /// <inheritdoc />
    public Task<object?> RunAsync(JobRun run, IProgress<JobProgress> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        return handler.RunAsync(run, JobPayload.Read<TPayload>(run), progress, ct);
    }
}
