using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Tests.Jobs;

/// <summary>
/// Fails the way a handler's own save fails: it leaves an entity the database refuses (a run of a process that does
/// not exist) tracked in the context the executor shares with it.
/// </summary>
public sealed class InvalidEntityJobHandler(AppDbContext db) : IJobHandler<NoPayload>
{
    public const string JobKind = "test.invalid-entity";

    public async Task<object?> RunAsync(JobRun run, NoPayload payload, IProgress<JobProgress> progress, CancellationToken ct)
    {
        db.JobRuns.Add(new JobRun { Id = Guid.NewGuid(), Kind = "test.orphan", RequestedBy = "test", ProcessId = Guid.NewGuid(), CreatedAt = DateTimeOffset.UnixEpoch });
        await db.SaveChangesAsync(ct);
        return null;
    }
}
