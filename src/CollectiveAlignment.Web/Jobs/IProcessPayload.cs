namespace CollectiveAlignment.Web.Jobs;

/// <summary>
/// A payload of a run that concerns one process: <see cref="JobRunScheduler"/> copies its process id to
/// <see cref="Data.Jobs.JobRun.ProcessId"/>, the foreign key by which a process's runs are found.
/// </summary>
public interface IProcessPayload
{
    /// <summary>The process the run concerns.</summary>
    Guid ProcessId { get; }
}
