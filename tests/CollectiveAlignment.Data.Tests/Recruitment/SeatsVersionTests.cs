using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Recruitment;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Data.Tests.Recruitment;

/// <summary>The process's seats version is what keeps two portal nodes from changing the same panel at once.</summary>
public sealed class SeatsVersionTests
{
    [Fact]
    public async Task SaveChanges_TwoContextsChangeThePanelFromTheSameVersion_TheSecondFails()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var (process, volunteers) = await SeedAsync(database, ct, "a", "b");
        var (first, second) = (volunteers[0], volunteers[1]);

        // Two nodes each read the panel at version 0 and fill the one seat with a different volunteer.
        await using var nodeA = database.NewContext();
        await using var nodeB = database.NewContext();
        var processA = await nodeA.Processes.SingleAsync(p => p.Id == process.Id, ct);
        var processB = await nodeB.Processes.SingleAsync(p => p.Id == process.Id, ct);
        (await nodeA.Volunteers.SingleAsync(v => v.Id == first.Id, ct)).Select();
        (await nodeB.Volunteers.SingleAsync(v => v.Id == second.Id, ct)).Select();
        processA.SeatsVersion++;
        processB.SeatsVersion++;

        await nodeA.SaveChangesAsync(ct);
        var lost = await Should.ThrowAsync<DbUpdateConcurrencyException>(() => nodeB.SaveChangesAsync(ct));

        lost.Entries.ShouldContain(e => e.Entity is Process);
        await using var check = database.NewContext();
        (await check.Processes.SingleAsync(p => p.Id == process.Id, ct)).SeatsVersion.ShouldBe(1);
        var selected = await check.Volunteers.Where(v => v.ProcessId == process.Id && v.Status == VolunteerStatus.Selected).Select(v => v.ExternalId).ToListAsync(ct);
        selected.ShouldBe(["a"], "the losing node's change is rolled back as a whole, so the seat is filled once");
    }

    [Fact]
    public async Task AuditAppend_SavingAPanelChangeThatLostTheRace_ThrowsAndSavesNeitherChangeNorEntry()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var (process, volunteers) = await SeedAsync(database, ct, "a");
        var volunteer = volunteers[0];

        await using var nodeA = database.NewContext();
        await using var nodeB = database.NewContext();
        var processA = await nodeA.Processes.SingleAsync(p => p.Id == process.Id, ct);
        var processB = await nodeB.Processes.SingleAsync(p => p.Id == process.Id, ct);
        processA.SeatsVersion++;
        await nodeA.SaveChangesAsync(ct);

        // Node B's change and its audit entry go in one save, as a replacement draw does: the conflict is B's own.
        (await nodeB.Volunteers.SingleAsync(v => v.Id == volunteer.Id, ct)).Select();
        processB.SeatsVersion++;
        var lost = await Should.ThrowAsync<DbUpdateConcurrencyException>(() => new AuditLog(nodeB, TimeProvider.System).AppendAsync("node-b", "recruitment.replaced", "seat", null, ct));

        lost.Entries.ShouldContain(e => e.Entity is Process);
        await using var check = database.NewContext();
        (await check.Volunteers.SingleAsync(v => v.Id == volunteer.Id, ct)).Status.ShouldBe(VolunteerStatus.Pooled);
        (await check.AuditEntries.CountAsync(ct)).ShouldBe(0, "the entry is not kept without its change");
    }

    /// <summary>A process with a one-seat panel and a pooled volunteer per external id.</summary>
    private static async Task<(Process Process, Volunteer[] Volunteers)> SeedAsync(SqliteTestDatabase database, CancellationToken ct, params string[] externalIds)
    {
        var process = new Process { Id = Guid.NewGuid(), Slug = "race", Topic = "Race", PanelSize = 1, PublicSeed = "1", CreatedBy = "r", CreatedAt = DateTimeOffset.UtcNow };
        var volunteers = externalIds.Select(id => new Volunteer { Id = Guid.NewGuid(), ProcessId = process.Id, ExternalId = id, JoinedAt = DateTimeOffset.UtcNow }).ToArray();
        await using var setup = database.NewContext();
        setup.Add(process);
        setup.AddRange(volunteers);
        await setup.SaveChangesAsync(ct);
        return (process, volunteers);
    }
}
