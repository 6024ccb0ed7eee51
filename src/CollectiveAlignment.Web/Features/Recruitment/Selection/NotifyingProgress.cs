using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Features.Recruitment.Selection;

/// <summary>Reports a run's progress to the run row as before, and pushes it to the pages watching the run.</summary>
internal sealed class NotifyingProgress(IProgress<JobProgress> inner, IRunProgressNotifier notifier, Guid runId) : IProgress<JobProgress>
{
    public void Report(JobProgress value)
    {
        inner.Report(value);
        notifier.Publish(new RunProgressUpdate(runId, value.Percent, value.Message));
    }
}
