using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Tests.Jobs;

/// <summary>Returns the payload it was handed, so a test sees what the adapter read from the run row.</summary>
public sealed class RecordingHandler<TPayload> : IJobHandler<TPayload>
{
    public Task<object?> RunAsync(JobRun run, TPayload payload, IProgress<JobProgress> progress, CancellationToken ct) =>
        Task.FromResult<object?>(payload);
}
