using CollectiveAlignment.Data.Jobs;

namespace CollectiveAlignment.Web.Jobs;

/// <summary>
/// The work behind one kind of run. Handlers live in their feature folders; <see cref="JobRunExecutor"/> finds them by
/// <see cref="Kind"/>, so the job queue only ever stores "run this id", never a type name that a refactor could break.
/// </summary>
public interface IJobHandler
{
    /// <summary>The run kind this handler serves, e.g. <c>audit.verify</c>. Stable: it is stored in the run table.</summary>
    string Kind { get; }

    /// <summary>
    /// Does the work and returns a result to store as JSON (or null). It may run again after a crash or a retry, so it
    /// must be safe to repeat: check what is already done before doing it.
    /// </summary>
    Task<object?> RunAsync(JobRun run, IProgress<JobProgress> progress, CancellationToken ct);
}
