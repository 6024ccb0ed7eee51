using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Tests.Jobs;

/// <summary>Reports progress as its very last act, then finishes.</summary>
public sealed class ProgressJobHandler : IJobHandler<NoPayload>
{
    public const string JobKind = "test.progress";

    public const string LastMessage = "almost done";

    public Task<object?> RunAsync(JobRun run, NoPayload payload, IProgress<JobProgress> progress, CancellationToken ct)
    {
        progress.Report(new JobProgress(20, "started"));
        progress.Report(new JobProgress(95, LastMessage));
        return Task.FromResult<object?>(null);
    }
}
