using CollectiveAlignment.Data.Jobs;

namespace CollectiveAlignment.Web.Jobs;

/// <summary>
/// The work behind one kind of run, with its payload already read from the run row. Handlers live in their feature
/// folders and are registered by their stable kind with
/// <see cref="JobHandlerServiceCollectionExtensions.AddJobHandler{THandler, TPayload}"/>, so the job queue only ever
/// stores "run this id", never a type name that a refactor could break.
/// </summary>
/// <typeparam name="TPayload">The payload record, stored as JSON in the run row; <see cref="NoPayload"/> for none.</typeparam>
public interface IJobHandler<in TPayload>
{
    /// <summary>
    /// Does the work and returns a result to store as JSON (or null). It may run again after a crash or a retry, so it
    /// must be safe to repeat: check what is already done before doing it.
    /// </summary>
    Task<object?> RunAsync(JobRun run, TPayload payload, IProgress<JobProgress> progress, CancellationToken ct);
}
