using System.Text.RegularExpressions;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Sortition;
using CollectiveAlignment.Web.Features.Recruitment.Setup;

namespace CollectiveAlignment.Web.Tests.Features.Recruitment.SignUp;

/// <summary>The sign-up and withdrawal forms, posted the way a browser posts them.</summary>
public sealed partial class ParticipationTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public ParticipationTests(PortalFactory portal) => _portal = portal;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups["token"].Value;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>The answer fields for female / old.</summary>
    private Task<Dictionary<string, string>> AnswersAsync(string slug) =>
        _portal.WithDbAsync(async (db, _) =>
        {
            var process = await db.Processes.SingleAsync(p => p.Slug == slug);
            var categories = await db.RecruitmentCategories.Where(c => c.ProcessId == process.Id).Include(c => c.Values).ToListAsync();
            return categories.ToDictionary(c => $"answer-{c.Id}", c => c.Values.Single(v => v.Name is "female" or "old").Id.ToString());
        });

    [Fact]
    public async Task Join_Anonymous_RedirectsToSignIn()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "join-anonymous");

        var response = await _portal.CreatePlainClient().GetAsync("/participate/join-anonymous/join");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("Account/Login");
    }

    [Fact]
    public async Task Join_ShowsTheCurrentConsentVersionAndTheScreeningQuestions()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "join-page");

        var page = await _portal.CreateClientAs("viewer", Roles.Participant).GetStringAsync("/participate/join-page/join");

        page.ShouldContain("Consent (version 1)");
        page.ShouldContain("Until the process closes.");
        page.ShouldContain("<legend class=\"fs-6 fw-bold\">gender</legend>");
        page.ShouldContain("<legend class=\"fs-6 fw-bold\">age</legend>");
    }

    [Fact]
    public async Task Join_DraftProcess_ShowsNeitherItsTopicNorItsQuestions()
    {
        await _portal.WithDbAsync(async (_, services) =>
        {
            await services.GetRequiredService<CreateProcessHandler>().HandleAsync(RecruitmentSetup.Researcher, new ProcessInput("join-draft", "Secret draft topic", 4, SelectionAlgorithm.Leximin, "12345"));
            await services.GetRequiredService<CategoriesHandler>().ImportAsync(RecruitmentSetup.Researcher, "join-draft", RecruitmentSetup.CategoriesCsvText);
            return 0;
        });

        var page = await _portal.CreateClientAs("viewer", Roles.Participant).GetStringAsync("/participate/join-draft/join");

        page.ShouldNotContain("Secret draft topic");
        page.ShouldNotContain("gender");
    }

    [Fact]
    public async Task Join_WithConsent_StoresTheAnswersApartFromTheVolunteer()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "join-ok");
        var client = _portal.CreateClientAs("joiner", Roles.Participant);
        var fields = await AnswersAsync("join-ok");
        fields["consent"] = "yes";
        fields["consentVersion"] = "1";

        var response = await PostFormAsync(client, "/participate/join-ok/join", "join", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("you are in the pool");
        var processId = await RecruitmentSetup.ProcessIdAsync(_portal, "join-ok");
        var volunteer = await _portal.WithDbAsync((db, _) => db.Volunteers.SingleAsync(v => v.ProcessId == processId));
        volunteer.UserId.ShouldBe("joiner");
        volunteer.ConsentVersion.ShouldBe(1);
        volunteer.Status.ShouldBe(VolunteerStatus.Pooled);
        var answers = await _portal.WithDbAsync((db, _) => db.ScreeningAnswers.CountAsync(a => a.VolunteerId == volunteer.Id));
        answers.ShouldBe(2);
        var audited = await _portal.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.Action == "recruitment.volunteered" && e.Subject == volunteer.Id.ToString()));
        audited.Data!.ShouldNotContain("female", Case.Insensitive, "the append-only audit log must hold no screening answers");
    }

    [Fact]
    public async Task Join_WithoutConsent_StoresNothingAndSaysWhy()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "join-no-consent");
        var fields = await AnswersAsync("join-no-consent");
        fields["consentVersion"] = "1";

        var response = await PostFormAsync(_portal.CreateClientAs("hesitant", Roles.Participant), "/participate/join-no-consent/join", "join", fields);

        (await response.Content.ReadAsStringAsync()).ShouldContain("explicit consent");
        var processId = await RecruitmentSetup.ProcessIdAsync(_portal, "join-no-consent");
        (await _portal.WithDbAsync((db, _) => db.Volunteers.CountAsync(v => v.ProcessId == processId))).ShouldBe(0);
    }

    [Fact]
    public async Task Withdraw_AfterJoining_ErasesTheAnswersAndKeepsAnAnonymousCount()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "withdraw-ok", withPool: true);
        var client = _portal.CreateClientAs("leaver", Roles.Participant);
        var fields = await AnswersAsync("withdraw-ok");
        fields["consent"] = "yes";
        fields["consentVersion"] = "1";
        await PostFormAsync(client, "/participate/withdraw-ok/join", "join", fields);
        var processId = await RecruitmentSetup.ProcessIdAsync(_portal, "withdraw-ok");
        var volunteerId = await _portal.WithDbAsync((db, _) => db.Volunteers.Where(v => v.UserId == "leaver").Select(v => v.Id).SingleAsync());

        var response = await PostFormAsync(client, "/participate/withdraw-ok/withdraw", "withdraw", []);

        (await response.Content.ReadAsStringAsync()).ShouldContain("Your screening answers have been erased");
        var volunteer = await _portal.WithDbAsync((db, _) => db.Volunteers.SingleAsync(v => v.Id == volunteerId));
        volunteer.UserId.ShouldBeNull();
        volunteer.Status.ShouldBe(VolunteerStatus.Withdrawn);
        volunteer.WithdrawnAt.ShouldNotBeNull();
        (await _portal.WithDbAsync((db, _) => db.ScreeningAnswers.CountAsync(a => a.VolunteerId == volunteerId))).ShouldBe(0);
        (await _portal.WithDbAsync((db, _) => db.Volunteers.CountAsync(v => v.ProcessId == processId))).ShouldBe(11, "ten imported plus one anonymous tombstone");
        (await _portal.WithDbAsync((db, _) => db.AuditEntries.CountAsync(e => e.Action == "recruitment.withdrawn" && e.Subject == volunteerId.ToString()))).ShouldBe(1);
        (await client.GetStringAsync("/participate/withdraw-ok/withdraw")).ShouldContain("nothing to withdraw");
    }

    [Fact]
    public async Task Panels_AfterJoiningOne_ListsTheSignUpWithWithdrawAndOthersToJoin()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "panels-joined");
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "panels-open");
        var client = _portal.CreateClientAs("browser", Roles.Participant);
        var fields = await AnswersAsync("panels-joined");
        fields["consent"] = "yes";
        fields["consentVersion"] = "1";
        await PostFormAsync(client, "/participate/panels-joined/join", "join", fields);

        var html = await client.GetStringAsync("/participate/processes");

        html.ShouldContain("Topic of panels-joined: in the pool");
        html.ShouldContain("href=\"participate/panels-joined/withdraw\"");
        html.ShouldContain("href=\"participate/panels-open/join\"");
        html.ShouldNotContain("href=\"participate/panels-joined/join\"");
    }

    [Fact]
    public async Task Join_ConsentTextChangedMeanwhile_AsksToReadItAgain()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "join-stale-consent");
        var client = _portal.CreateClientAs("slow-reader", Roles.Participant);
        var page = await client.GetStringAsync("/participate/join-stale-consent/join");
        await _portal.WithDbAsync(async (_, services) =>
            await services.GetRequiredService<PublishConsentHandler>().HandleAsync(RecruitmentSetup.Researcher, "join-stale-consent", new ConsentInput("New terms.", "Age band.", "Selection.", "One year.", "Withdraw page.")));
        var fields = await AnswersAsync("join-stale-consent");
        fields["consent"] = "yes";
        fields["consentVersion"] = "1";
        fields["_handler"] = "join";
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups["token"].Value;

        var response = await client.PostAsync("/participate/join-stale-consent/join", new FormUrlEncodedContent(fields));

        (await response.Content.ReadAsStringAsync()).ShouldContain("The consent text changed while you were reading it (now version 2)");
        var processId = await RecruitmentSetup.ProcessIdAsync(_portal, "join-stale-consent");
        (await _portal.WithDbAsync((db, _) => db.Volunteers.CountAsync(v => v.ProcessId == processId))).ShouldBe(0);
    }
}
