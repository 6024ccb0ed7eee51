namespace CollectiveAlignment.Data.Jobs;

/// <summary>
/// The intent record of one background run. It is written before the job is queued, so a run that the queue lost
/// (in-memory storage and a restart, a crash mid-run) is found at the next start-up and queued again.
/// </summary>
public sealed class JobRun
{
    /// <summary>The run's id, the only argument the queued job receives.</summary>
    public Guid Id { get; set; }

    /// <summary>Which handler runs it, e.g. <c>audit.verify</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The handler's input as JSON, or null.</summary>
    public string? Payload { get; set; }

    /// <summary>
    /// The process the run concerns, if any, so a process's runs are found by key rather than by their payload's text.
    /// </summary>
    public Guid? ProcessId { get; set; }

    /// <summary>Where the run stands.</summary>
    public JobRunStatus Status { get; set; }

    /// <summary>Progress from 0 to 100, for the portal's progress bars.</summary>
    public int Progress { get; set; }

    /// <summary>A short line the handler reports, such as the current step.</summary>
    public string? Message { get; set; }

    /// <summary>The handler's output as JSON, once it succeeded.</summary>
    public string? Result { get; set; }

    /// <summary>Why it failed, once it failed.</summary>
    public string? Error { get; set; }

    /// <summary>How many times a worker has started it (a restart or a retry adds one).</summary>
    public int Attempts { get; set; }

    /// <summary>The job queue's id for the latest enqueue, to find it on the dashboard.</summary>
    public string? QueueJobId { get; set; }

    /// <summary>Who asked for it: a user id or <c>system</c>.</summary>
    public string RequestedBy { get; set; } = "";

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a worker last started it.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When it reached a final status.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
}
