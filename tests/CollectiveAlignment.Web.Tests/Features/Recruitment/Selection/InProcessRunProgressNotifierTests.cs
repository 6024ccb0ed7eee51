using CollectiveAlignment.Web.Features.Recruitment.Selection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectiveAlignment.Web.Tests.Features.Recruitment.Selection;

/// <summary>The in-process push of selection-run progress to the pages watching a run.</summary>
public sealed class InProcessRunProgressNotifierTests
{
    private readonly InProcessRunProgressNotifier _notifier = new(NullLogger<InProcessRunProgressNotifier>.Instance);

    [Fact]
    public void Publish_ReachesTheRunsWatchersOnly_UntilTheyUnsubscribe()
    {
        var (run, other) = (Guid.NewGuid(), Guid.NewGuid());
        var seen = new List<RunProgressUpdate>();
        var subscription = _notifier.Subscribe(run, seen.Add);

        _notifier.Publish(new RunProgressUpdate(run, 10, "Reading the pool"));
        _notifier.Publish(new RunProgressUpdate(other, 50, "Another run"));
        subscription.Dispose();
        _notifier.Publish(new RunProgressUpdate(run, 95, "Panel published", Published: true));

        seen.ShouldBe([new RunProgressUpdate(run, 10, "Reading the pool")]);
    }

    [Fact]
    public void Publish_AWatcherThrows_TheOthersStillHearAndThePublisherDoesNotFail()
    {
        var run = Guid.NewGuid();
        var seen = 0;
        using var failing = _notifier.Subscribe(run, _ => throw new InvalidOperationException("page gone"));
        using var working = _notifier.Subscribe(run, _ => seen++);

        _notifier.Publish(new RunProgressUpdate(run, 20, null));

        seen.ShouldBe(1);
    }
}
