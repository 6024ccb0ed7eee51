using CollectiveAlignment.Data.Jobs;

namespace CollectiveAlignment.Web.Jobs;

/// <summary>
/// The untyped contract <see cref="JobRunExecutor"/> resolves by run kind (a keyed service). Implemented once, by
/// <see cref="JobHandlerAdapter{THandler, TPayload}"/>; feature code implements <see cref="IJobHandler{TPayload}"/>.
/// </summary>
public interface IJobRunner
{
    /// <summary>Reads the run's payload and hands it to the kind's handler.</summary>
    Task<object?> RunAsync(JobRun run, IProgress<JobProgress> progress, CancellationToken ct);
}
