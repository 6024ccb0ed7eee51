using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using CollectiveAlignment.Web.Features.Recruitment.Selection;
using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Tests.Features.Recruitment.Selection;

/// <summary>
/// Replacement draws racing as they would on several portal nodes: each in its own scope and database context, with no
/// lock shared between them, only the process's seats version.
/// </summary>
public sealed class ReplacementRaceTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public ReplacementRaceTests(PortalFactory portal) => _portal = portal;

    private async Task<Guid> SelectAsync(string slug)
    {
        var (processId, _) = await RecruitmentSetup.SelectWithContactsAsync(_portal, slug);
        return processId;
    }

    /// <summary>Marks the invitation declined and frees the seat as a decline does, without queuing the background replacement.</summary>
    private Task<int> DeclineQuietlyAsync(Guid invitationId) =>
        _portal.WithDbAsync(async (db, _) =>
        {
            var invitation = await db.Invitations.SingleAsync(i => i.Id == invitationId);
            invitation.Decline(DateTimeOffset.UtcNow);
            (await db.Volunteers.SingleAsync(v => v.Id == invitation.VolunteerId)).ReturnToPool();
            return await db.SaveChangesAsync();
        });

    /// <summary>Runs the replacement job for each invitation at once, each as if on its own node.</summary>
    private async Task RaceAsync(params Guid[] invitationIds)
    {
        var runs = invitationIds.Select(id => new JobRun
        {
            Id = Guid.NewGuid(),
            Kind = ReplaceVolunteerJob.JobKind,
            Payload = System.Text.Json.JsonSerializer.Serialize(new ReplaceRequest(id)),
            RequestedBy = AnswerInvitationHandler.LinkActor,
            CreatedAt = DateTimeOffset.UtcNow,
        }).ToList();
        using var start = new SemaphoreSlim(0);
        var nodes = runs.Select(run => Task.Run(async () =>
        {
            await using var scope = _portal.Services.CreateAsyncScope();
            var job = scope.ServiceProvider.GetRequiredKeyedService<IJobRunner>(ReplaceVolunteerJob.JobKind);
            await start.WaitAsync();
            return await job.RunAsync(run, new Progress<JobProgress>(), CancellationToken.None);
        })).ToList();
        start.Release(runs.Count);
        await Task.WhenAll(nodes);
    }

    [Fact]
    public async Task ReplaceVolunteerJob_TwoNodesForTheSameSeat_FillItOnce()
    {
        var processId = await SelectAsync("race-same-seat");
        var declined = await _portal.WithDbAsync((db, _) => db.Invitations.Where(i => i.ProcessId == processId).Select(i => i.Id).FirstAsync());
        await DeclineQuietlyAsync(declined);

        await RaceAsync(declined, declined, declined);

        var invitation = await _portal.WithDbAsync((db, _) => db.Invitations.SingleAsync(i => i.Id == declined));
        invitation.ReplacementVolunteerId.ShouldNotBeNull();
        (await _portal.WithDbAsync((db, _) => db.Volunteers.CountAsync(v => v.ProcessId == processId && v.Status == VolunteerStatus.Selected))).ShouldBe(4, "one seat, one replacement");
        (await _portal.WithDbAsync((db, _) => db.Invitations.CountAsync(i => i.ProcessId == processId))).ShouldBe(5, "the replacement is invited once");
        (await _portal.WithDbAsync((db, _) => db.AuditEntries.CountAsync(e => e.Action == "recruitment.replaced" && e.Subject == declined.ToString()))).ShouldBe(1, "only one node drew");
        (await _portal.WithDbAsync((db, _) => db.Processes.SingleAsync(p => p.Id == processId))).SeatsVersion.ShouldBe(2, "the selection and the one replacement changed the panel");
    }

    [Fact]
    public async Task ReplaceVolunteerJob_TwoNodesForTwoSeats_DrawAgainstEachOthersResult()
    {
        var processId = await SelectAsync("race-two-seats");
        var declined = await _portal.WithDbAsync((db, _) => db.Invitations.Where(i => i.ProcessId == processId).OrderBy(i => i.Id).Select(i => i.Id).Take(2).ToArrayAsync());
        foreach (var id in declined)
        {
            await DeclineQuietlyAsync(id);
        }

        await RaceAsync(declined);

        var replacements = await _portal.WithDbAsync((db, _) => db.Invitations.Where(i => declined.Contains(i.Id)).Select(i => i.ReplacementVolunteerId).ToListAsync());
        var drawn = replacements.Where(r => r is not null).ToList();
        drawn.Distinct().Count().ShouldBe(drawn.Count, "no volunteer fills two seats");
        var panel = await _portal.WithDbAsync(async (db, _) =>
        {
            var values = await db.RecruitmentCategoryValues.ToDictionaryAsync(v => v.Id, v => v.Name);
            var members = await db.Volunteers.Where(v => v.ProcessId == processId && v.Status == VolunteerStatus.Selected).Select(v => v.Id).ToListAsync();
            return (await db.ScreeningAnswers.Where(a => members.Contains(a.VolunteerId)).ToListAsync()).Select(a => values[a.ValueId]).ToList();
        });
        panel.Count(f => f == "female").ShouldBeLessThanOrEqualTo(2, "each draw saw the other's pick, so no quota is exceeded");
        panel.Count(f => f == "male").ShouldBeLessThanOrEqualTo(2);
        panel.Count(f => f == "young").ShouldBeLessThanOrEqualTo(3);
        panel.Count(f => f == "old").ShouldBeLessThanOrEqualTo(3);
        (await _portal.WithDbAsync((db, _) => db.Volunteers.CountAsync(v => v.ProcessId == processId && v.Status == VolunteerStatus.Selected))).ShouldBe(2 + drawn.Count);
    }
}
