using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using CollectiveAlignment.Web.Features.Recruitment.Selection;
using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Tests.Features.Recruitment.Invitations;

/// <summary>Invitations of a selected panel: e-mails, one-time answer links, deadlines and replacements.</summary>
public sealed partial class InvitationTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public InvitationTests(PortalFactory portal) => _portal = portal;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

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
        var processId = await RecruitmentSetup.ProcessIdAsync(_portal, slug);
        var inviteRun = await _portal.WithDbAsync((db, _) => db.JobRuns.Where(r => r.Kind == InviteSelectedJob.JobKind && r.ProcessId == processId).Select(r => r.Id).SingleAsync());
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
            var run = await db.JobRuns.SingleAsync(r => r.Kind == InviteSelectedJob.JobKind && r.ProcessId == processId);
            var job = services.GetRequiredKeyedService<IJobRunner>(InviteSelectedJob.JobKind);
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

    private string[] TokensOf(string slug) =>
        MailsTo(slug).Select(f => AcceptLink().Match(File.ReadAllText(f)).Groups["token"].Value).ToArray();

    private async Task<List<(System.Net.HttpStatusCode Status, string Body)>> AnswerAsync(string token, string answer, int times = 1)
    {
        var client = _portal.CreatePlainClient();
        var path = $"/participate/invitations/{token}/{answer}";
        var page = await client.GetStringAsync(path);
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "answer",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups["token"].Value,
        };
        var bodies = new List<(System.Net.HttpStatusCode, string)>();
        // Posting the same form again stands for a double click or a replayed request.
        for (var i = 0; i < times; i++)
        {
            var response = await client.PostAsync(path, new FormUrlEncodedContent(fields));
            bodies.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
        }

        return bodies;
    }

    [Fact]
    public async Task AcceptPage_PostedTwice_AcceptsOnceThenSaysAlreadyAnswered()
    {
        var processId = await SelectWithAccountsAsync("invite-accept");
        var token = TokensOf("invite-accept")[0];

        var page = await _portal.CreatePlainClient().GetStringAsync($"/participate/invitations/{token}/accept");
        var bodies = await AnswerAsync(token, "accept", times: 2);
        var declineAfter = await _portal.CreatePlainClient().GetStringAsync($"/participate/invitations/{token}/decline");

        page.ShouldContain("Accept my seat");
        bodies[0].Status.ShouldBe(System.Net.HttpStatusCode.OK);
        bodies[0].Body.ShouldContain("you have accepted your seat");
        // The replayed form finds no form to bind (the page now shows the answered state), so it is refused outright.
        bodies[1].Body.ShouldNotContain("you have accepted your seat");
        declineAfter.ShouldContain("already been answered");
        var invitation = await _portal.WithDbAsync((db, _) => db.Invitations.SingleAsync(i => i.TokenHash == InvitationTokens.Hash(token)));
        invitation.Status.ShouldBe(InvitationStatus.Accepted);
        invitation.RespondedAt.ShouldNotBeNull();
        var audited = await _portal.WithDbAsync((db, _) => db.AuditEntries.CountAsync(e => e.Action == "recruitment.invitation-accepted" && e.Subject == invitation.Id.ToString()));
        audited.ShouldBe(1);
        (await _portal.WithDbAsync((db, _) => db.Volunteers.CountAsync(v => v.ProcessId == processId && v.Status == VolunteerStatus.Selected))).ShouldBe(4);
    }

    [Fact]
    public async Task AnswerPage_UnknownToken_SaysTheLinkIsNotValid()
    {
        var page = await _portal.CreatePlainClient().GetStringAsync($"/participate/invitations/{InvitationTokens.Create()}/accept");

        page.ShouldContain("This link is not valid");
        page.ShouldNotContain("Accept my seat");
    }

    [Fact]
    public async Task AnswerAsync_PastDeadline_RefusesAndThePageSaysExpired()
    {
        await SelectWithAccountsAsync("invite-expired");
        var token = TokensOf("invite-expired")[0];
        await _portal.WithDbAsync(async (db, _) =>
        {
            var invitation = await db.Invitations.SingleAsync(i => i.TokenHash == InvitationTokens.Hash(token));
            invitation.Deadline = DateTimeOffset.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });

        var answer = await _portal.WithDbAsync((_, services) => services.GetRequiredService<AnswerInvitationHandler>().HandleAsync(token, accept: true));
        var page = await _portal.CreatePlainClient().GetStringAsync($"/participate/invitations/{token}/accept");

        answer.ShouldBe(InvitationAnswer.Expired);
        page.ShouldContain("This invitation expired");
        page.ShouldNotContain("Accept my seat");
        (await _portal.WithDbAsync((db, _) => db.Invitations.SingleAsync(i => i.TokenHash == InvitationTokens.Hash(token)))).Status.ShouldBe(InvitationStatus.Sent, "only the deadline sweep expires, so it also queues the replacement");
    }

    [Fact]
    public async Task DeclinePage_Posted_ReplacementKeepsQuotasAndIsInvitedOnce()
    {
        var processId = await SelectWithAccountsAsync("invite-decline");
        var token = TokensOf("invite-decline")[0];

        var declined = await AnswerAsync(token, "decline");

        declined[0].Body.ShouldContain("You have declined your seat");
        var invitation = await _portal.WithDbAsync((db, _) => db.Invitations.SingleAsync(i => i.TokenHash == InvitationTokens.Hash(token)));
        invitation.Status.ShouldBe(InvitationStatus.Declined);
        var replaceRun = await _portal.WithDbAsync((db, _) => db.JobRuns.Where(r => r.Kind == ReplaceVolunteerJob.JobKind && r.Payload!.Contains(invitation.Id.ToString())).Select(r => r.Id).SingleAsync());
        var run = await _portal.WaitForRunAsync(replaceRun, TimeSpan.FromSeconds(60));
        run.Error.ShouldBeNull();
        run.Status.ShouldBe(JobRunStatus.Succeeded);
        run.ProcessId.ShouldBe(processId);

        invitation = await _portal.WithDbAsync((db, _) => db.Invitations.SingleAsync(i => i.Id == invitation.Id));
        invitation.ReplacementVolunteerId.ShouldNotBeNull();
        await AssertPanelKeepsQuotasAsync(processId, invitation.VolunteerId, invitation.ReplacementVolunteerId.Value);
        var replacementInvited = await _portal.WithDbAsync((db, _) => db.Invitations.SingleOrDefaultAsync(i => i.VolunteerId == invitation.ReplacementVolunteerId));
        replacementInvited.ShouldNotBeNull();
        replacementInvited.Status.ShouldBe(InvitationStatus.Sent);
        MailsTo("invite-decline").Length.ShouldBe(5);

        // A retry of the replacement run finds the recorded replacement: no second draw, no second e-mail.
        await _portal.WithDbAsync(async (db, services) =>
        {
            var again = await db.JobRuns.SingleAsync(r => r.Id == replaceRun);
            var job = services.GetRequiredKeyedService<IJobRunner>(ReplaceVolunteerJob.JobKind);
            return await job.RunAsync(again, new Progress<JobProgress>(), CancellationToken.None);
        });
        (await _portal.WithDbAsync((db, _) => db.Invitations.SingleAsync(i => i.Id == invitation.Id))).ReplacementVolunteerId.ShouldBe(invitation.ReplacementVolunteerId);
        (await _portal.WithDbAsync((db, _) => db.Volunteers.CountAsync(v => v.ProcessId == processId && v.Status == VolunteerStatus.Selected))).ShouldBe(4);
        MailsTo("invite-decline").Length.ShouldBe(5);
    }

    [Fact]
    public async Task ExpireOverdueAsync_DeadlinePassed_ExpiresAndReplaces()
    {
        var processId = await SelectWithAccountsAsync("invite-overdue");
        var now = DateTimeOffset.UtcNow;

        await _portal.WithDbAsync((_, services) => services.GetRequiredService<InvitationService>().ExpireOverdueAsync(now));
        var stillSent = await _portal.WithDbAsync((db, _) => db.Invitations.CountAsync(i => i.ProcessId == processId && i.Status == InvitationStatus.Sent));
        var expired = await _portal.WithDbAsync((_, services) => services.GetRequiredService<InvitationService>().ExpireOverdueAsync(now + TimeSpan.FromDays(8)));

        stillSent.ShouldBe(4, "nothing of this process is overdue yet");
        expired.ShouldBeGreaterThanOrEqualTo(4, "every invitation of this process is overdue a week later");
        var invitations = (await _portal.WithDbAsync((db, _) => db.Invitations.Where(i => i.ProcessId == processId).Select(i => i.Id).ToListAsync())).Select(id => id.ToString()).ToList();
        var runs = await _portal.WithDbAsync((db, _) => db.JobRuns.Where(r => r.Kind == ReplaceVolunteerJob.JobKind).ToListAsync());
        var ours = runs.Where(r => invitations.Any(id => r.Payload!.Contains(id, StringComparison.Ordinal))).ToList();
        ours.Count.ShouldBe(4);
        foreach (var replaceRun in ours)
        {
            var finished = await _portal.WaitForRunAsync(replaceRun.Id, TimeSpan.FromSeconds(60));
            finished.Status.ShouldBe(JobRunStatus.Succeeded, finished.Error);
        }

        var statuses = await _portal.WithDbAsync((db, _) => db.Invitations.Where(i => i.ProcessId == processId).Select(i => i.Status).ToListAsync());
        statuses.Count(s => s == InvitationStatus.Expired).ShouldBe(4);
        // All four seats open at once: drawn one by one, a late seat may have nobody left who keeps the quotas (the run
        // then records why), so only require that replacements happened, were invited and never exceed a quota.
        statuses.Count.ShouldBeGreaterThan(4, "replacements were invited");
        var replacements = await _portal.WithDbAsync((db, _) => db.Invitations.Where(i => i.ProcessId == processId && i.ReplacementVolunteerId != null).CountAsync());
        statuses.Count.ShouldBe(4 + replacements);
        (await _portal.WithDbAsync((db, _) => db.Volunteers.CountAsync(v => v.ProcessId == processId && v.Status == VolunteerStatus.Selected))).ShouldBe(replacements);
    }

    [Fact]
    public async Task InvitationDeadlineSchedule_AtStartUp_RegistersTheRecurringSweep()
    {
        await _portal.WithDbAsync((_, _) => Task.FromResult(0));

        using var connection = _portal.Services.GetRequiredService<Hangfire.JobStorage>().GetConnection();
        var recurring = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection);

        recurring.ShouldContain(j => j.Id == InvitationDeadlineJob.RecurringJobId && j.Cron == "*/15 * * * *");
    }

    [Fact]
    public async Task InvitationDeadlineJob_Sweep_ExpiresNothingBeforeTheDeadline()
    {
        var processId = await SelectWithAccountsAsync("invite-sweep");

        await _portal.WithDbAsync(async (_, services) =>
        {
            await services.GetRequiredService<InvitationDeadlineJob>().SweepAsync(CancellationToken.None);
            return 0;
        });

        (await _portal.WithDbAsync((db, _) => db.Invitations.CountAsync(i => i.ProcessId == processId && i.Status == InvitationStatus.Sent))).ShouldBe(4);
    }

    [Fact]
    public async Task SendRemindersAsync_RunTwiceNearTheDeadline_RemindsOnceWithALinkThatWorks()
    {
        var processId = await SelectWithAccountsAsync("invite-remind");
        var before = MailsTo("invite-remind");
        var nearDeadline = DateTimeOffset.UtcNow + TimeSpan.FromDays(6);

        var early = await _portal.WithDbAsync((_, services) => services.GetRequiredService<InvitationService>().SendRemindersAsync(DateTimeOffset.UtcNow));
        await _portal.WithDbAsync((_, services) => services.GetRequiredService<InvitationService>().SendRemindersAsync(nearDeadline));
        await _portal.WithDbAsync((_, services) => services.GetRequiredService<InvitationService>().SendRemindersAsync(nearDeadline));

        early.ShouldBe(0);
        var reminders = MailsTo("invite-remind").Except(before).ToList();
        reminders.Count.ShouldBe(4);
        var reminderToken = AcceptLink().Match(File.ReadAllText(reminders[0])).Groups["token"].Value;
        (await AnswerAsync(reminderToken, "accept"))[0].Body.ShouldContain("you have accepted your seat");
        var invitations = await _portal.WithDbAsync((db, _) => db.Invitations.Where(i => i.ProcessId == processId).ToListAsync());
        invitations.ShouldAllBe(i => i.ReminderSentAt != null);
    }

    /// <summary>The panel still has 4 members, meets the gender and age quotas, and swapped the decliner for the replacement.</summary>
    private async Task AssertPanelKeepsQuotasAsync(Guid processId, Guid declinedId, Guid replacementId)
    {
        var panel = await _portal.WithDbAsync(async (db, _) =>
        {
            var values = await db.RecruitmentCategoryValues.ToDictionaryAsync(v => v.Id, v => v.Name);
            var members = await db.Volunteers.Where(v => v.ProcessId == processId && v.Status == VolunteerStatus.Selected).Select(v => v.Id).ToListAsync();
            var answers = await db.ScreeningAnswers.Where(a => members.Contains(a.VolunteerId)).ToListAsync();
            return members.ToDictionary(m => m, m => answers.Where(a => a.VolunteerId == m).Select(a => values[a.ValueId]).ToList());
        });
        panel.Count.ShouldBe(4);
        panel.Keys.ShouldContain(replacementId);
        panel.Keys.ShouldNotContain(declinedId);
        var features = panel.Values.SelectMany(v => v).ToList();
        features.Count(f => f == "female").ShouldBe(2);
        features.Count(f => f == "male").ShouldBe(2);
        features.Count(f => f == "young").ShouldBeInRange(1, 3);
        features.Count(f => f == "old").ShouldBeInRange(1, 3);
    }
}
