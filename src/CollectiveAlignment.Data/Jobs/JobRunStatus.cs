namespace CollectiveAlignment.Data.Jobs;

/// <summary>Where a background run stands. Only <see cref="Succeeded"/> and <see cref="Failed"/> are final.</summary>
public enum JobRunStatus
{
    /// <summary>Recorded and handed to the job queue, not started yet.</summary>
    Pending = 0,

    /// <summary>A worker has started it.</summary>
    Running = 1,

    /// <summary>Finished without error.</summary>
    Succeeded = 2,

    /// <summary>Gave up after its retries; <see cref="JobRun.Error"/> says why.</summary>
    Failed = 3,
}
