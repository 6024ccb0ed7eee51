using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Tests.Jobs;

public sealed class JobRestartTests
{
    [Fact]
    public async Task Run_InterruptedByARestart_IsQueuedAgainAndFinishes()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "ca-restart-" + Guid.NewGuid().ToString("N"));
        Guid runId;
        BlockingJobHandler.Block = true;

        // First host: start the run and stop the host while the job is in the middle of its work.
        using (var first = new PortalFactory { DataDirectory = dataDirectory, DeleteDataOnDispose = false, ConfigureServices = PortalFactory.WithHandler<BlockingJobHandler, NoPayload>(BlockingJobHandler.JobKind) })
        {
            _ = first.Server;
            var run = await first.WithDbAsync((_, services) =>
                services.GetRequiredService<JobRunScheduler>().EnqueueAsync(BlockingJobHandler.JobKind, NoPayload.Value, "test"));
            runId = run.Id;
            (await BlockingJobHandler.Started.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBeTrue("the job never started");
            var midway = await first.WithDbAsync((db, _) => db.JobRuns.FindAsync(runId).AsTask());
            midway!.Status.ShouldBe(JobRunStatus.Running);
        }

        // Second host on the same database: the in-memory queue is empty, the run table is not.
        BlockingJobHandler.Block = false;
        using var second = new PortalFactory { DataDirectory = dataDirectory, ConfigureServices = PortalFactory.WithHandler<BlockingJobHandler, NoPayload>(BlockingJobHandler.JobKind) };
        _ = second.Server;

        var finished = await second.WaitForRunAsync(runId, TimeSpan.FromSeconds(30));

        finished.Status.ShouldBe(JobRunStatus.Succeeded, finished.Error);
        finished.Attempts.ShouldBe(2);
        finished.Result.ShouldBe("""{"finishedOnAttempt":2}""");
    }

    [Fact]
    public async Task Run_AlreadyFinished_IsNotRunAgain()
    {
        BlockingJobHandler.Block = false;
        using var portal = new PortalFactory { ConfigureServices = PortalFactory.WithHandler<BlockingJobHandler, NoPayload>(BlockingJobHandler.JobKind) };
        _ = portal.Server;
        var run = await portal.WithDbAsync((_, services) =>
            services.GetRequiredService<JobRunScheduler>().EnqueueAsync(BlockingJobHandler.JobKind, NoPayload.Value, "test"));
        await portal.WaitForRunAsync(run.Id, TimeSpan.FromSeconds(30));

        // A duplicate delivery (a retry, or recovery racing the queue) must be a no-op.
        await portal.WithDbAsync(async (_, services) =>
        {
            await services.GetRequiredService<JobRunExecutor>().RunAsync(run.Id, CancellationToken.None);
            return 0;
        });

        var after = await portal.WithDbAsync((db, _) => db.JobRuns.FindAsync(run.Id).AsTask());
        after!.Attempts.ShouldBe(1);
    }
}
