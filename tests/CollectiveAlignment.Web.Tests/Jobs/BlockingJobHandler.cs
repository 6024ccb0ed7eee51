using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Tests.Jobs;

/// <summary>
/// A job that, while <see cref="Block"/> is set, signals that it started and then waits until the host shuts down;
/// otherwise it finishes at once. It stands for any long job interrupted by a restart.
/// </summary>
public sealed class BlockingJobHandler : IJobHandler<NoPayload>
{
    public const string JobKind = "test.blocking";

    private static volatile bool _block = true;

    public static bool Block
    {
        get => _block;
        set => _block = value;
    }
    public static readonly SemaphoreSlim Started = new(0);

    public async Task<object?> RunAsync(JobRun run, NoPayload payload, IProgress<JobProgress> progress, CancellationToken ct)
    {
        progress.Report(new JobProgress(10, "working"));
        if (Block)
        {
            Started.Release();
            await Task.Delay(Timeout.Infinite, ct);
        }

        return new { finishedOnAttempt = run.Attempts };
    }
}
