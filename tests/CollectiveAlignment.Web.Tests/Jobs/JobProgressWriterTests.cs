using CollectiveAlignment.Web.Jobs;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectiveAlignment.Web.Tests.Jobs;

public sealed class JobProgressWriterTests
{
    [Fact]
    public async Task Report_WhileAWriteIsStillGoing_ReturnsAndOnlyTheLatestValueFollows()
    {
        var written = new List<JobProgress>();
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writer = new JobProgressWriter(
            async value =>
            {
                lock (written)
                {
                    written.Add(value);
                }

                firstStarted.TrySetResult();
                await release.Task;
            },
            TimeSpan.Zero, TimeProvider.System, NullLogger.Instance);

        writer.Report(new JobProgress(10, "first"));
        await firstStarted.Task.WaitAsync(TestContext.Current.CancellationToken);
        // The write of "first" has not returned; reporting must not wait for it (this test would hang if it did).
        writer.Report(new JobProgress(20, "second"));
        writer.Report(new JobProgress(30, "third"));
        release.SetResult();
        await writer.DisposeAsync();

        written.Select(p => p.Message).ShouldBe(["first", "third"]);
    }

    [Fact]
    public async Task Dispose_WritesTheLastReportThenIgnoresLaterOnes()
    {
        var written = new List<JobProgress>();
        var writer = new JobProgressWriter(
            value =>
            {
                lock (written)
                {
                    written.Add(value);
                }

                return Task.CompletedTask;
            },
            TimeSpan.FromHours(1), TimeProvider.System, NullLogger.Instance);

        writer.Report(new JobProgress(40, "last before finishing"));
        await writer.DisposeAsync();
        writer.Report(new JobProgress(50, "too late"));

        written.ShouldNotBeEmpty();
        written[^1].Message.ShouldBe("last before finishing");
        written.ShouldNotContain(p => p.Message == "too late");
    }

    [Fact]
    public async Task Report_WriteFails_DoesNotReachTheHandler()
    {
        var writer = new JobProgressWriter(_ => throw new InvalidOperationException("database down"), TimeSpan.Zero, TimeProvider.System, NullLogger.Instance);

        writer.Report(new JobProgress(10));

        await Should.NotThrowAsync(writer.DisposeAsync().AsTask());
    }
}
