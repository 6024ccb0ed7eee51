using System.Text;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using CollectiveAlignment.Web.Features.Recruitment.Pool;
using CollectiveAlignment.Web.Features.Recruitment.Selection;
using CollectiveAlignment.Web.Tests.Api;

namespace CollectiveAlignment.Web.Tests.Features.Recruitment.Pool;

/// <summary>Imported people with an <c>email</c> column are invited; those without one are counted, not skipped silently.</summary>
public sealed class ImportedContactTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public ImportedContactTests(PortalFactory portal) => _portal = portal;

    private HttpClient Researcher() => _portal.CreateClientAs(RecruitmentSetup.Researcher, Roles.Researcher);

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private string[] MailsTo(string slug) =>
        Directory.Exists(_portal.MailDirectory)
            ? Directory.GetFiles(_portal.MailDirectory, "*.eml").Where(f => File.ReadAllText(f).Contains($"{slug}-", StringComparison.Ordinal)).ToArray()
            : [];

    [Fact]
    public async Task PostPool_WithAnEmailColumn_StoresTheAddressesApartFromTheAnswers()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "contact-import");

        var response = await Researcher().PostAsync("/api/v1/processes/contact-import/pool", Csv(RecruitmentSetup.PeopleWithContactCsv("contact-import", "p4")));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var volunteers = await _portal.WithDbAsync((db, _) => db.Volunteers.Where(v => v.ProcessId == db.Processes.Single(p => p.Slug == "contact-import").Id).ToListAsync());
        volunteers.Count.ShouldBe(10);
        volunteers.Single(v => v.ExternalId == "p1").Email.ShouldBe("contact-import-p1@example.org");
        volunteers.Single(v => v.ExternalId == "p4").Email.ShouldBeNull("an empty cell means no address");
        var audit = await _portal.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.Action == "recruitment.pool.imported").Select(e => e.Data).ToListAsync());
        audit.ShouldContain(d => d!.Contains("\"withEmail\":9", StringComparison.Ordinal));
        audit.ShouldNotContain(d => d!.Contains("@example.org", StringComparison.Ordinal), "the audit chain cannot be erased, so it holds no addresses");
    }

    [Theory]
    [InlineData("not-an-address", "needs a name, an @ and a domain")]
    [InlineData("someone@localhost", "has no valid domain")]
    [InlineData("a@example.org;b@example.org", "one plain address per person")]
    public async Task PostPool_InvalidAddress_Returns400NamingTheLineAndImportsNobody(string address, string problem)
    {
        var slug = "contact-bad-" + Math.Abs(address.GetHashCode(StringComparison.Ordinal)) % 100000;
        await RecruitmentSetup.CreateRecruitingAsync(_portal, slug);
        var csv = $"id,gender,age,email\na,female,young,a@example.org\nb,male,old,\"{address}\"\n";

        var response = await Researcher().PostAsync($"/api/v1/processes/{slug}/pool", Csv(csv));

        var details = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        details.GetProperty("detail").GetString()!.ShouldContain("line 3");
        details.GetProperty("detail").GetString()!.ShouldContain(problem);
        details.GetProperty("line").GetInt32().ShouldBe(3);
        (await _portal.WithDbAsync((db, _) => db.Volunteers.CountAsync(v => v.ProcessId == db.Processes.Single(p => p.Slug == slug).Id))).ShouldBe(0);
    }

    [Fact]
    public async Task GetPool_AfterImportWithAddresses_ExportsNoContactDetails()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "contact-export");
        await Researcher().PostAsync("/api/v1/processes/contact-export/pool", Csv(RecruitmentSetup.PeopleWithContactCsv("contact-export")));

        var pool = await Researcher().GetStringAsync("/api/v1/processes/contact-export/pool");

        pool.ShouldStartWith("id,gender,age");
        pool.ShouldNotContain("@example.org");
        pool.ShouldNotContain("High Street");
        pool.ShouldContain("p7,male,old");
    }

    [Fact]
    public async Task GetPool_IncludeEmail_AddsTheAddressesAuditsAndImportsElsewhereUnchanged()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "contact-move");
        await Researcher().PostAsync("/api/v1/processes/contact-move/pool", Csv(RecruitmentSetup.PeopleWithContactCsv("contact-move", "p4")));

        var pool = await Researcher().GetStringAsync("/api/v1/processes/contact-move/pool?includeEmail=true");

        var lines = pool.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines[0].ShouldBe("id,gender,age,email");
        lines.ShouldContain("p1,female,young,contact-move-p1@example.org");
        lines.ShouldContain(l => l.StartsWith("p4,", StringComparison.Ordinal) && l.EndsWith(',') , "no address, empty cell");
        pool.ShouldNotContain("High Street", customMessage: "household keys never leave the process");
        var audited = await _portal.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.Action == "recruitment.pool.exported").Select(e => e.Data).ToListAsync());
        audited.ShouldContain(d => d!.Contains("\"people\":10", StringComparison.Ordinal) && d.Contains("\"withEmail\":9", StringComparison.Ordinal));

        // The file is a valid import: the addresses arrive with the people in another process.
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "contact-moved");
        (await Researcher().PostAsync("/api/v1/processes/contact-moved/pool", Csv(pool))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var moved = await _portal.WithDbAsync((db, _) => db.Volunteers.Where(v => v.ProcessId == db.Processes.Single(p => p.Slug == "contact-moved").Id).ToListAsync());
        moved.Count.ShouldBe(10);
        moved.Single(v => v.ExternalId == "p1").Email.ShouldBe("contact-move-p1@example.org");
        moved.Single(v => v.ExternalId == "p4").Email.ShouldBeNull();
    }

    [Fact]
    public async Task Selection_ImportedPoolWithAddresses_InvitesThemAndCountsThoseWithout()
    {
        const string slug = "contact-invite";
        await RecruitmentSetup.CreateRecruitingAsync(_portal, slug);
        // Nobody in p1..p5 has an address, so the panel (two women) always has two members who cannot be invited.
        await RecruitmentSetup.ImportPoolWithContactsAsync(_portal, slug, "p1", "p2", "p3", "p4", "p5");

        var runId = await RecruitmentSetup.SelectAsync(_portal, slug);

        var processId = await RecruitmentSetup.ProcessIdAsync(_portal, slug);
        var invitations = await _portal.WithDbAsync((db, _) => db.Invitations.Where(i => i.ProcessId == processId).ToListAsync());
        invitations.Count.ShouldBe(2, "the two men on the panel have imported addresses");
        MailsTo(slug).Length.ShouldBe(2);
        var inviteRun = await _portal.WithDbAsync((db, _) => db.JobRuns.SingleAsync(r => r.Kind == InviteSelectedJob.JobKind && r.ProcessId == processId));
        inviteRun.Result!.ShouldContain("\"Unreachable\":2");

        var panel = await _portal.WithDbAsync((db, _) => db.PanelInvitationsAsync(processId));
        panel.Count.ShouldBe(4);
        panel.Count(m => m.Invitation is null && !m.Reachable).ShouldBe(2);
        var page = await Researcher().GetStringAsync($"/research/recruitment/{slug}/runs/{runId}");
        page.ShouldContain("2 cannot be invited (no e-mail address)");
    }

    [Fact]
    public async Task DeletePoolPerson_ImportedPersonAsksToLeave_ErasesTheirDetails()
    {
        const string slug = "contact-remove";
        await RecruitmentSetup.CreateRecruitingAsync(_portal, slug);
        await RecruitmentSetup.ImportPoolWithContactsAsync(_portal, slug);

        var removed = await Researcher().DeleteAsync($"/api/v1/processes/{slug}/pool/p3");
        var again = await Researcher().DeleteAsync($"/api/v1/processes/{slug}/pool/p3");

        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await again.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var volunteer = await _portal.WithDbAsync((db, _) => db.Volunteers.SingleAsync(v => v.ExternalId == "p3" && v.ProcessId == db.Processes.Single(p => p.Slug == slug).Id));
        volunteer.Status.ShouldBe(VolunteerStatus.Withdrawn);
        volunteer.Email.ShouldBeNull();
        volunteer.HouseholdKey.ShouldBeNull();
        (await _portal.WithDbAsync((db, _) => db.ScreeningAnswers.CountAsync(a => a.VolunteerId == volunteer.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task DeletePoolPerson_PanelMemberLeaves_GivesUpTheSeatAndAReplacementIsInvited()
    {
        const string slug = "contact-leave-seat";
        await RecruitmentSetup.CreateRecruitingAsync(_portal, slug);
        await RecruitmentSetup.ImportPoolWithContactsAsync(_portal, slug);
        await RecruitmentSetup.SelectAsync(_portal, slug);
        var processId = await RecruitmentSetup.ProcessIdAsync(_portal, slug);
        var member = await _portal.WithDbAsync((db, _) => db.Volunteers.Where(v => v.ProcessId == processId && v.Status == VolunteerStatus.Selected).OrderBy(v => v.ExternalId).FirstAsync());

        (await Researcher().DeleteAsync($"/api/v1/processes/{slug}/pool/{member.ExternalId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var invitation = await _portal.WithDbAsync((db, _) => db.Invitations.SingleAsync(i => i.VolunteerId == member.Id));
        invitation.Status.ShouldBe(InvitationStatus.Declined, "leaving the pool gives up the seat");
        var replaceRun = await _portal.WithDbAsync((db, _) => db.JobRuns.Where(r => r.Kind == ReplaceVolunteerJob.JobKind && r.Payload!.Contains(invitation.Id.ToString())).Select(r => r.Id).SingleAsync());
        var run = await _portal.WaitForRunAsync(replaceRun, TimeSpan.FromSeconds(60));
        run.Status.ShouldBe(Data.Jobs.JobRunStatus.Succeeded, run.Error);
        run.Result!.ShouldContain("who left the pool");
        (await _portal.WithDbAsync((db, _) => db.Invitations.SingleAsync(i => i.Id == invitation.Id))).ReplacementVolunteerId.ShouldNotBeNull();
        (await _portal.WithDbAsync((db, _) => db.Volunteers.CountAsync(v => v.ProcessId == processId && v.Status == VolunteerStatus.Selected))).ShouldBe(4);
        (await _portal.WithDbAsync((db, _) => db.Invitations.CountAsync(i => i.ProcessId == processId && i.Status == InvitationStatus.Sent))).ShouldBe(4, "the replacement is invited");
    }

    [Fact]
    public void ContactAddresses_PlainAddress_IsAccepted()
    {
        ContactAddresses.Problem("jane.doe+panel@example.org").ShouldBeNull();
        ContactAddresses.Problem("Jane <jane@example.org>").ShouldNotBeNull();
        ContactAddresses.Problem("jane@@example.org").ShouldNotBeNull();
    }
}
