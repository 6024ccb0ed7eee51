using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CollectiveAlignment.Data.Identity;
using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Areas.Research.Recruitment;
using CollectiveAlignment.Web.Jobs;
using CollectiveAlignment.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveAlignment.Web.Tests.Areas.Recruitment;

/// <summary>Invitations of a selected panel: e-mails, one-time answer links, deadlines and replacements.</summary>
public sealed partial class InvitationTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public InvitationTests(PortalFactory portal) => _portal = portal;

    [GeneratedRegex(@"/participate/invitations/(?<token>[A-Za-z0-9_-]{43})/accept")]
    private static partial Regex AcceptLink();

    /// <summary>Creates a process whose pool members all have accounts, selects a panel and waits for its invitations.</summary>
    private async Task<Guid> SelectWithAccountsAsync(string slug)
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, slug, withPool: true);
        var volunteers = await _portal.WithDbAsync((db, _) => db.Volunteers.Where(v => v.ProcessId == db.Processes.Single(p => p.Slug == slug).Id).Select(v => new { v.Id, v.ExternalId }).ToListAsync());
        foreach (var volunteer in volunteers)
        {
            var userId = await _portal.CreateUserAsync($"{slug}-{volunteer.ExternalId}@example.org", "Passw0rd!Passw0rd", Roles.Participant);
            await _portal.WithDbAsync(async (db, _) =>
            {
                (await db.Volunteers.SingleAsync(v => v.Id == volunteer.Id)).UserId = userId;
                return await db.SaveChangesAsync();
            });
        }

        var response = await _portal.CreateClientAs(RecruitmentSetup.Researcher, Roles.Researcher).PostAsync($"/api/v1/processes/{slug}/selection-runs", null);
        var runId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await _portal.WaitForRunAsync(runId, TimeSpan.FromSeconds(60))).Status.ShouldBe(JobRunStatus.Succeeded);
        var processId = await _portal.WithDbAsync((db, _) => db.Processes.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());
        var inviteRun = await _portal.WithDbAsync((db, _) => db.JobRuns.Where(r => r.Kind == InviteSelectedJob.JobKind && r.Payload!.Contains(processId.ToString())).Select(r => r.Id).SingleAsync());
        (await _portal.WaitForRunAsync(inviteRun, TimeSpan.FromSeconds(60))).Status.ShouldBe(JobRunStatus.Succeeded);
        return processId;
    }

    private string[] MailsTo(string slug) =>
        Directory.Exists(_portal.MailDirectory)
            ? Directory.GetFiles(_portal.MailDirectory, "*.eml").Where(f => File.ReadAllText(f).Contains($"{slug}-", StringComparison.Ordinal)).ToArray()
            : [];

    [Fact]
    public async Task InviteSelectedJob_RunTwice_SendsEachInvitationOnce()
    {
        var processId = await SelectWithAccountsAsync("invite-twice");
        MailsTo("invite-twice").Length.ShouldBe(4);

        // A retry of the same run (same id and payload) must find its invitations and send nothing.
        var summary = await _portal.WithDbAsync(async (db, services) =>
        {
            var run = await db.JobRuns.SingleAsync(r => r.Kind == InviteSelectedJob.JobKind && r.Payload!.Contains(processId.ToString()));
            var job = services.GetServices<IJobHandler>().OfType<InviteSelectedJob>().Single();
            return (InviteSummary)(await job.RunAsync(run, new Progress<JobProgress>(), CancellationToken.None))!;
        });

        summary.ShouldBe(new InviteSummary(0, 4, 0));
        MailsTo("invite-twice").Length.ShouldBe(4);
        var invitations = await _portal.WithDbAsync((db, _) => db.Invitations.Where(i => i.ProcessId == processId).ToListAsync());
        invitations.Count.ShouldBe(4);
        invitations.ShouldAllBe(i => i.Status == InvitationStatus.Sent && i.TokenHash.Length == 64);
        var token = AcceptLink().Match(File.ReadAllText(MailsTo("invite-twice")[0])).Groups["token"].Value;
        token.ShouldNotBeEmpty();
        invitations.ShouldNotContain(i => i.TokenHash == token, "only the hash is stored");
        invitations.Count(i => i.TokenHash == InvitationTokens.Hash(token)).ShouldBe(1);
    }
}
