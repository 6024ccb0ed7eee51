using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using CollectiveAlignment.Web.Features.Recruitment.SignUp;
using CollectiveAlignment.Web.Tests.Api;

namespace CollectiveAlignment.Web.Tests.Features.Recruitment.Setup;

/// <summary>Closing a process stops sign-up, selection, invitations and replacements, and keeps the data.</summary>
public sealed partial class ClosedProcessTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public ClosedProcessTests(PortalFactory portal) => _portal = portal;

    [GeneratedRegex(@"/participate/invitations/(?<token>[A-Za-z0-9_-]{43})/accept")]
    private static partial Regex AcceptLink();

    private HttpClient Researcher() => _portal.CreateClientAs(RecruitmentSetup.Researcher, Roles.Researcher);

    [Fact]
    public async Task Close_WithOpenInvitations_CancelsThemAndRefusesEveryChangeAfterwards()
    {
        const string slug = "closed-all";
        var (processId, _) = await RecruitmentSetup.SelectWithContactsAsync(_portal, slug);
        var token = Directory.GetFiles(_portal.MailDirectory, "*.eml").Select(File.ReadAllText).Where(m => m.Contains($"{slug}-", StringComparison.Ordinal))
            .Select(m => AcceptLink().Match(m).Groups["token"].Value).First();

        var closed = await Researcher().PostAsync($"/api/v1/processes/{slug}/close", null);

        closed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cancelledInvitations").GetInt32().ShouldBe(4);
        var process = await _portal.WithDbAsync((db, _) => db.Processes.SingleAsync(p => p.Id == processId));
        process.Status.ShouldBe(ProcessStatus.Closed);
        process.ClosedAt.ShouldNotBeNull();
        (await _portal.WithDbAsync((db, _) => db.Invitations.Where(i => i.ProcessId == processId).Select(i => i.Status).ToListAsync())).ShouldAllBe(s => s == InvitationStatus.Cancelled);
        (await _portal.WithDbAsync((db, _) => db.Volunteers.CountAsync(v => v.ProcessId == processId))).ShouldBe(10, "the data stays for reports");
        (await _portal.WithDbAsync((db, _) => db.AuditEntries.CountAsync(e => e.Action == "recruitment.closed" && e.Subject == processId.ToString()))).ShouldBe(1);

        // Everything that would change the process is refused with problem details.
        var again = await Researcher().PostAsync($"/api/v1/processes/{slug}/close", null);
        var select = await Researcher().PostAsync($"/api/v1/processes/{slug}/selection-runs", null);
        var pool = await Researcher().PostAsync($"/api/v1/processes/{slug}/pool", new StringContent("id,gender,age\nx1,female,old\n", Encoding.UTF8, "text/csv"));
        var rule = await Researcher().PutAsJsonAsync($"/api/v1/processes/{slug}/household-rule", new { onePerHousehold = true });
        (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("was closed on");
        (await select.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("was closed on");
        await pool.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await rule.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // Sign-up is closed, and so are the invitation links.
        var join = await _portal.CreateClientAs("closed-viewer", Roles.Participant).GetStringAsync($"/participate/{slug}/join");
        join.ShouldContain("This process is closed");
        join.ShouldNotContain("Volunteer</button>");
        var joinRefused = await _portal.WithDbAsync((_, services) => Should.ThrowAsync<StateConflictException>(() =>
            services.GetRequiredService<SignUpHandler>().HandleAsync("closed-joiner", slug, new SignUpForm(1, true, new Dictionary<string, string>(), null))));
        joinRefused.Message.ShouldContain("closed");
        var link = await _portal.CreatePlainClient().GetStringAsync($"/participate/invitations/{token}/accept");
        link.ShouldContain("recruitment for the panel on");
        link.ShouldNotContain("Accept my seat");
        (await _portal.WithDbAsync((_, services) => services.GetRequiredService<AnswerInvitationHandler>().HandleAsync(token, accept: true))).ShouldBe(InvitationAnswer.Cancelled);
        var notices = await RecruitmentSetup.NoticesAsync(_portal, slug);
        notices.Length.ShouldBe(4, "everyone whose link was cancelled is told, once");
        notices.ShouldAllBe(n => n.Contains("has closed", StringComparison.Ordinal));
        (await _portal.WithDbAsync((_, services) => services.GetRequiredService<InvitationService>().SendNoticesAsync(processId))).ShouldBe(0);
    }

    [Fact]
    public async Task DeadlineSweep_ClosedProcess_ExpiresAndRemindsNothing()
    {
        const string slug = "closed-sweep";
        var (processId, _) = await RecruitmentSetup.SelectWithContactsAsync(_portal, slug);
        // Closed behind the service's back, with invitations still open, to show the sweep checks the process itself.
        await _portal.WithDbAsync((db, _) => db.Processes.Where(p => p.Id == processId).ExecuteUpdateAsync(u => u.SetProperty(p => p.Status, ProcessStatus.Closed)));

        var reminded = await _portal.WithDbAsync((_, services) => services.GetRequiredService<InvitationService>().SendRemindersAsync(DateTimeOffset.UtcNow.AddDays(6)));
        await _portal.WithDbAsync((_, services) => services.GetRequiredService<InvitationService>().ExpireOverdueAsync(DateTimeOffset.UtcNow.AddDays(8)));

        var statuses = await _portal.WithDbAsync((db, _) => db.Invitations.Where(i => i.ProcessId == processId).Select(i => new { i.Status, i.ReminderSentAt }).ToListAsync());
        statuses.ShouldAllBe(s => s.Status == InvitationStatus.Sent && s.ReminderSentAt == null);
        reminded.ShouldBe(0);
    }

    [Fact]
    public async Task PostVolunteer_OpenThenClosed_SignsUpThenReturns409()
    {
        const string slug = "closed-api-join";
        await RecruitmentSetup.CreateRecruitingAsync(_portal, slug);
        var join = new { consentVersion = 1, consent = true, answers = new Dictionary<string, string> { ["gender"] = "female", ["age"] = "old" } };

        var first = await _portal.CreateClientAs("api-joiner-1", Roles.Participant).PostAsJsonAsync($"/api/v1/processes/{slug}/volunteers", join);
        var incomplete = await _portal.CreateClientAs("api-joiner-2", Roles.Participant).PostAsJsonAsync($"/api/v1/processes/{slug}/volunteers", new { consentVersion = 1, consent = true, answers = new Dictionary<string, string> { ["gender"] = "robot" } });
        (await Researcher().PostAsync($"/api/v1/processes/{slug}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var afterClose = await _portal.CreateClientAs("api-joiner-3", Roles.Participant).PostAsJsonAsync($"/api/v1/processes/{slug}/volunteers", join);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await incomplete.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString()!.ShouldContain("Answer 'gender'");
        (await afterClose.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("This process is closed");
        (await _portal.WithDbAsync((db, _) => db.Volunteers.CountAsync(v => v.ProcessId == db.Processes.Single(p => p.Slug == slug).Id))).ShouldBe(1);
    }
}
