using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using CollectiveAlignment.Web.Features.Recruitment.Selection;
using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Tests.Jobs;

/// <summary>The executor called directly on rows that were recorded but never queued, so no worker races the test.</summary>
public sealed class JobRunExecutorTests : IDisposable
{
    private readonly PortalFactory _portal = new()
    {
        ConfigureServices = services => services
            .AddJobHandler<InvalidEntityJobHandler, NoPayload>(InvalidEntityJobHandler.JobKind)
            .AddJobHandler<ProgressJobHandler, NoPayload>(ProgressJobHandler.JobKind),
    };

    public void Dispose() => _portal.Dispose();

    private async Task<JobRun> RecordAsync(string kind, int attempts = 0)
    {
        var run = new JobRun { Id = Guid.NewGuid(), Kind = kind, RequestedBy = "test", Attempts = attempts, CreatedAt = DateTimeOffset.UtcNow };
        await _portal.WithDbAsync(async (db, _) =>
        {
            db.JobRuns.Add(run);
            return await db.SaveChangesAsync();
        });
        return run;
    }

    private Task<int> ExecuteAsync(Guid runId) =>
        _portal.WithDbAsync(async (_, services) =>
        {
            await services.GetRequiredService<JobRunExecutor>().RunAsync(runId, CancellationToken.None);
            return 0;
        });

    private Task<JobRun> ReadAsync(Guid runId) => _portal.WithDbAsync((db, _) => db.JobRuns.AsNoTracking().SingleAsync(r => r.Id == runId));

    [Theory]
    [InlineData(0, JobRunStatus.Pending)]
    [InlineData(JobRunExecutor.MaxAttempts - 1, JobRunStatus.Failed)]
    public async Task Run_HandlerLeavesAnEntityTheDatabaseRefuses_StillEndsTheAttempt(int attemptsBefore, JobRunStatus expected)
    {
        var run = await RecordAsync(InvalidEntityJobHandler.JobKind, attemptsBefore);

        await Should.ThrowAsync<DbUpdateException>(() => ExecuteAsync(run.Id));

        var after = await ReadAsync(run.Id);
        after.Status.ShouldBe(expected);
        after.Attempts.ShouldBe(attemptsBefore + 1);
        after.Error.ShouldNotBeNullOrWhiteSpace();
        (after.CompletedAt is not null).ShouldBe(expected == JobRunStatus.Failed);
        (await _portal.WithDbAsync((db, _) => db.JobRuns.CountAsync(r => r.Kind == "test.orphan"))).ShouldBe(0);
    }

    [Fact]
    public async Task Run_UnknownKind_FailsNamingTheKind()
    {
        var run = await RecordAsync("test.nobody-handles-this");

        await ExecuteAsync(run.Id);

        var after = await ReadAsync(run.Id);
        after.Status.ShouldBe(JobRunStatus.Failed);
        after.Error!.ShouldContain("test.nobody-handles-this");
    }

    [Fact]
    public async Task Run_LastProgressReport_IsWrittenBeforeTheOutcome()
    {
        var run = await RecordAsync(ProgressJobHandler.JobKind);

        await ExecuteAsync(run.Id);

        var after = await ReadAsync(run.Id);
        after.Status.ShouldBe(JobRunStatus.Succeeded);
        after.Progress.ShouldBe(100);
        // Written while the run was running; a write after the outcome would have been refused and left no message.
        after.Message.ShouldBe(ProgressJobHandler.LastMessage);
    }

    [Fact]
    public async Task ProgressWrite_AfterTheRunFinished_ChangesNothing()
    {
        var run = await RecordAsync(ProgressJobHandler.JobKind);
        await ExecuteAsync(run.Id);

        await _portal.Services.GetRequiredService<JobRunStore>().WriteProgressAsync(run.Id, new JobProgress(30, "late"));

        var after = await ReadAsync(run.Id);
        after.Status.ShouldBe(JobRunStatus.Succeeded);
        after.Progress.ShouldBe(100);
        after.Message.ShouldBe(ProgressJobHandler.LastMessage);
    }

    [Fact]
    public async Task Enqueue_PayloadOfAnotherType_IsRefusedBeforeAnythingIsRecorded()
    {
        _ = _portal.Server;
        var before = await _portal.WithDbAsync((db, _) => db.JobRuns.CountAsync());

        var error = await _portal.WithDbAsync((_, services) => Should.ThrowAsync<ArgumentException>(() =>
            services.GetRequiredService<JobRunScheduler>().EnqueueAsync(SelectPanelJob.JobKind, new InviteRequest(Guid.NewGuid()), "test")));

        error.Message.ShouldContain(nameof(SelectionRunRequest));
        (await _portal.WithDbAsync((db, _) => db.JobRuns.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Enqueue_UnknownKind_IsRefused()
    {
        _ = _portal.Server;

        var error = await _portal.WithDbAsync((_, services) => Should.ThrowAsync<ArgumentException>(() =>
            services.GetRequiredService<JobRunScheduler>().EnqueueAsync("test.nobody-handles-this", NoPayload.Value, "test")));

        error.Message.ShouldContain("test.nobody-handles-this");
    }

    [Fact]
    public void AddJobHandler_SameKindTwice_Throws()
    {
        var services = new ServiceCollection().AddJobHandler<ProgressJobHandler, NoPayload>(ProgressJobHandler.JobKind);

        Should.Throw<InvalidOperationException>(() => services.AddJobHandler<ProgressJobHandler, NoPayload>(ProgressJobHandler.JobKind))
            .Message.ShouldContain(ProgressJobHandler.JobKind);
    }
}
