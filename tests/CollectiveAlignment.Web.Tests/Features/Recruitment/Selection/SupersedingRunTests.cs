using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using CollectiveAlignment.Web.Features.Recruitment.Selection;
using CollectiveAlignment.Web.Jobs;
using CollectiveAlignment.Web.Tests.Api;

namespace CollectiveAlignment.Web.Tests.Features.Recruitment.Selection;

/// <summary>A selection run that takes effect supersedes the earlier panel's invitations, but never drops accepted seats unconfirmed.</summary>
public sealed class SupersedingRunTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public SupersedingRunTests(PortalFactory portal) => _portal = portal;

    private HttpClient Researcher() => _portal.CreateClientAs(RecruitmentSetup.Researcher, Roles.Researcher);

    /// <summary>A process with an imported pool (all with addresses) and a first panel, invited.</summary>
    private async Task<(Guid ProcessId, Guid RunId)> FirstPanelAsync(string slug)
    {
        return await RecruitmentSetup.SelectWithContactsAsync(_portal, slug);
    }

    /// <summary>
    /// Gives a volunteer who is not on the panel an invitation with <paramref name="status"/>, as if an earlier panel or
    /// replacement had invited them: the re-run (same seed, same pool) draws the same panel, which leaves them out.
    /// </summary>
    private Task<(Guid InvitationId, string Token)> InviteOutsiderAsync(Guid processId, InvitationStatus status) =>
        _portal.WithDbAsync(async (db, _) =>
        {
            var outsider = await db.Volunteers.Where(v => v.ProcessId == processId && v.Status == VolunteerStatus.Pooled).OrderBy(v => v.ExternalId).FirstAsync();
            var token = InvitationTokens.Create();
            var invitation = new Invitation
            {
                Id = Guid.NewGuid(),
                ProcessId = processId,
                VolunteerId = outsider.Id,
                JobRunId = Guid.NewGuid(),
                TokenHash = InvitationTokens.Hash(token),
                SentAt = DateTimeOffset.UtcNow,
                Deadline = DateTimeOffset.UtcNow.AddDays(7),
            };
            if (status == InvitationStatus.Accepted)
            {
                invitation.Accept(DateTimeOffset.UtcNow);
            }

            db.Invitations.Add(invitation);
            outsider.Select();
            await db.SaveChangesAsync();
            return (invitation.Id, token);
        });

    [Fact]
    public async Task NewRun_TakingEffect_SupersedesOpenInvitationsOfMembersItLeavesOutAndKeepsTheOthers()
    {
        var (processId, _) = await FirstPanelAsync("supersede-open");
        var firstPanel = await _portal.WithDbAsync((db, _) => db.Invitations.Where(i => i.ProcessId == processId).Select(i => i.Id).ToListAsync());
        var (outsiderInvitation, token) = await InviteOutsiderAsync(processId, InvitationStatus.Sent);

        var secondRun = await RecruitmentSetup.SelectAsync(_portal, "supersede-open");

        var invitations = await _portal.WithDbAsync((db, _) => db.Invitations.Where(i => i.ProcessId == processId).ToListAsync());
        var outsider = invitations.Single(i => i.Id == outsiderInvitation);
        outsider.Status.ShouldBe(InvitationStatus.Superseded);
        outsider.SupersededAt.ShouldNotBeNull();
        invitations.Where(i => firstPanel.Contains(i.Id)).ShouldAllBe(i => i.Status == InvitationStatus.Sent && i.SupersededAt == null, "members drawn again keep their invitation");
        invitations.Count.ShouldBe(5, "nobody drawn again is invited twice");
        var record = await _portal.WithDbAsync((db, _) => db.SelectionRuns.SingleAsync(s => s.Id == secondRun));
        record.TookEffect.ShouldBeTrue();
        record.SupersededInvitations.ShouldBe(1);
        (await _portal.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.Action == "recruitment.selected" && e.Subject == secondRun.ToString()))).Data!.ShouldContain("\"supersededInvitations\":1");
        (await _portal.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.Action == "recruitment.invitations-superseded" && e.Subject == secondRun.ToString()))).Data!.ShouldContain(outsiderInvitation.ToString());

        var answer = await _portal.WithDbAsync((_, services) => services.GetRequiredService<AnswerInvitationHandler>().HandleAsync(token, accept: true));
        var page = await _portal.CreatePlainClient().GetStringAsync($"/participate/invitations/{token}/accept");
        var runPage = await Researcher().GetStringAsync($"/research/recruitment/supersede-open/runs/{secondRun}");

        answer.ShouldBe(InvitationAnswer.Superseded);
        page.ShouldContain("This invitation is no longer valid: the panel on");
        page.ShouldNotContain("Accept my seat");
        runPage.ShouldContain("This is the panel in use.");
        runPage.ShouldContain("cancelled 1 unanswered invitation(s) of the earlier panel");
        var notices = await RecruitmentSetup.NoticesAsync(_portal, "supersede-open");
        notices.Length.ShouldBe(1, "only the member left out is told");
        notices[0].ShouldContain("was drawn again by lot");
        notices[0].ShouldNotContain("seat you accepted");
    }

    [Fact]
    public async Task NewRun_WhileAMemberHasAccepted_IsRefusedUntilTheResearcherConfirms()
    {
        var (processId, _) = await FirstPanelAsync("supersede-accepted");
        var (accepted, _) = await InviteOutsiderAsync(processId, InvitationStatus.Accepted);

        var refused = await Researcher().PostAsync("/api/v1/processes/supersede-accepted/selection-runs", null);
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString()!.ShouldContain("1 member has accepted a seat");
        var runId = await RecruitmentSetup.SelectAsync(_portal, "supersede-accepted", releaseAccepted: true);

        var invitation = await _portal.WithDbAsync((db, _) => db.Invitations.SingleAsync(i => i.Id == accepted));
        invitation.Status.ShouldBe(InvitationStatus.Superseded);
        invitation.RespondedAt.ShouldNotBeNull("the acceptance stays on record");
        (await _portal.WithDbAsync((db, _) => db.Volunteers.SingleAsync(v => v.Id == invitation.VolunteerId))).Status.ShouldBe(VolunteerStatus.Pooled);
        var record = await _portal.WithDbAsync((db, _) => db.SelectionRuns.SingleAsync(s => s.Id == runId));
        record.TookEffect.ShouldBeTrue();
        record.ReleasedAccepted.ShouldBe(1);
        (await _portal.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.Action == "recruitment.selected" && e.Subject == runId.ToString()))).Data!.ShouldContain("\"releasedAccepted\":1");
        var notices = await RecruitmentSetup.NoticesAsync(_portal, "supersede-accepted");
        notices.Length.ShouldBe(1);
        notices[0].ShouldContain("the seat you accepted is released");
    }

    [Fact]
    public async Task SelectPanelJob_AnAcceptanceArrivedDuringAnUnconfirmedRun_PublishesWithoutTakingEffect()
    {
        var (processId, firstRun) = await FirstPanelAsync("supersede-late");
        // The run was started before anyone accepted, so it carries no confirmation.
        var run = new JobRun { Id = Guid.NewGuid(), Kind = SelectPanelJob.JobKind, Payload = System.Text.Json.JsonSerializer.Serialize(new SelectionRunRequest(processId)), ProcessId = processId, RequestedBy = RecruitmentSetup.Researcher, CreatedAt = DateTimeOffset.UtcNow };
        var (accepted, _) = await InviteOutsiderAsync(processId, InvitationStatus.Accepted);

        await _portal.WithDbAsync(async (_, services) =>
        {
            var job = services.GetRequiredKeyedService<IJobRunner>(SelectPanelJob.JobKind);
            return await job.RunAsync(run, new Progress<JobProgress>(), CancellationToken.None);
        });

        var record = await _portal.WithDbAsync((db, _) => db.SelectionRuns.SingleAsync(s => s.Id == run.Id));
        record.Feasible.ShouldBeTrue();
        record.TookEffect.ShouldBeFalse();
        record.ReleasedAccepted.ShouldBe(1);
        (await _portal.WithDbAsync((db, _) => db.Invitations.SingleAsync(i => i.Id == accepted))).Status.ShouldBe(InvitationStatus.Accepted);
        (await _portal.WithDbAsync((db, _) => db.PanelRunIdAsync(processId))).ShouldBe(firstRun);
    }

    [Fact]
    public async Task InviteSelectedAsync_MemberWhoseInvitationWasSuperseded_IsInvitedAgainWithAFreshLink()
    {
        var (processId, _) = await FirstPanelAsync("supersede-again");
        var (invitationId, oldToken) = await InviteOutsiderAsync(processId, InvitationStatus.Sent);
        await _portal.WithDbAsync(async (db, _) =>
        {
            var invitation = await db.Invitations.SingleAsync(i => i.Id == invitationId);
            invitation.Supersede(DateTimeOffset.UtcNow, releaseConfirmed: false);
            return await db.SaveChangesAsync();
        });

        var summary = await _portal.WithDbAsync((_, services) => services.GetRequiredService<InvitationService>().InviteSelectedAsync(processId, Guid.NewGuid(), RecruitmentSetup.Researcher));

        summary.Invited.ShouldBe(1);
        summary.AlreadyInvited.ShouldBe(4);
        var invitation = await _portal.WithDbAsync((db, _) => db.Invitations.SingleAsync(i => i.Id == invitationId));
        invitation.Status.ShouldBe(InvitationStatus.Sent);
        invitation.SupersededAt.ShouldBeNull();
        invitation.TokenHash.ShouldNotBe(InvitationTokens.Hash(oldToken), "the superseded link stays dead");
    }
}
