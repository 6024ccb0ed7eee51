using System.Net.Http.Json;
using System.Text.Json;
using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment.Pool;
using CollectiveAlignment.Web.Features.Recruitment.Setup;
using CollectiveAlignment.Web.Features.Recruitment.SignUp;
using CollectiveAlignment.Web.Tests.Api;

namespace CollectiveAlignment.Web.Tests.Features.Recruitment.Setup;

/// <summary>The one-per-household rule, switched on in the portal and fed by imported and sign-up addresses.</summary>
public sealed class HouseholdRuleTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public HouseholdRuleTests(PortalFactory portal) => _portal = portal;

    private HttpClient Researcher() => _portal.CreateClientAs(RecruitmentSetup.Researcher, Roles.Researcher);

    [Fact]
    public async Task Selection_RuleOn_SeatsAtMostOnePersonPerHouseholdAndTheRunPageSaysSo()
    {
        const string slug = "household-on";
        await RecruitmentSetup.CreateRecruitingAsync(_portal, slug);
        // Five households of two (p1 with p6, ...): a panel of four then comes from four different households.
        await RecruitmentSetup.ImportPoolWithContactsAsync(_portal, slug);

        var set = await Researcher().PutAsJsonAsync($"/api/v1/processes/{slug}/household-rule", new { onePerHousehold = true });
        var runId = await RecruitmentSetup.SelectAsync(_portal, slug);

        set.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var processId = await RecruitmentSetup.ProcessIdAsync(_portal, slug);
        var keys = await _portal.WithDbAsync((db, _) => db.Volunteers.Where(v => v.ProcessId == processId).ToDictionaryAsync(v => v.ExternalId!, v => v.HouseholdKey));
        keys["p1"].ShouldNotBeNull();
        keys["p1"].ShouldBe(keys["p6"]);
        keys["p1"].ShouldNotBe(keys["p2"]);
        keys["p1"]!.ShouldNotContain("High", Case.Insensitive);
        var selected = await _portal.WithDbAsync((db, _) => db.Volunteers.Where(v => v.ProcessId == processId && v.Status == VolunteerStatus.Selected).Select(v => v.HouseholdKey).ToListAsync());
        selected.Count.ShouldBe(4);
        selected.Distinct().Count().ShouldBe(4, "no two panel members share a household");
        var run = await Researcher().GetFromJsonAsync<JsonElement>($"/api/v1/processes/{slug}/selection-runs/{runId}");
        run.GetProperty("onePerHousehold").GetBoolean().ShouldBeTrue();
        var page = await Researcher().GetStringAsync($"/research/recruitment/{slug}/runs/{runId}");
        page.ShouldContain("One person per household: <strong>on</strong>");
        page.ShouldContain("10 of 10 pool members gave an address");
        (await _portal.WithDbAsync((db, _) => db.AuditEntries.CountAsync(e => e.Action == "recruitment.household-rule.set" && e.Subject == processId.ToString()))).ShouldBe(1);
    }

    [Fact]
    public async Task Join_RuleOn_AsksForTheAddressAndStoresOnlyItsHash()
    {
        const string slug = "household-join";
        await RecruitmentSetup.CreateRecruitingAsync(_portal, slug);
        await _portal.WithDbAsync(async (db, services) =>
        {
            await services.GetRequiredService<HouseholdRuleHandler>().HandleAsync(RecruitmentSetup.Researcher, slug, true);
            return 0;
        });
        var page = await _portal.CreateClientAs("household-viewer", Roles.Participant).GetStringAsync($"/participate/{slug}/join");

        var (refusal, volunteer) = await _portal.WithDbAsync(async (db, services) =>
        {
            var signUp = services.GetRequiredService<SignUpHandler>();
            var process = (await db.FindProcessAsync(slug))!;
            var answers = process.Categories.ToDictionary(c => c.Name, c => c.Values[0].Name);
            var refused = await Should.ThrowAsync<InvalidInputException>(() => signUp.HandleAsync("household-joiner", slug, new SignUpForm(1, true, answers, " , ")));
            var joined = await signUp.HandleAsync("household-joiner", slug, new SignUpForm(1, true, answers, "12 High St., AB1 2CD"));
            await db.SaveChangesAsync();
            return (refused.Message, joined);
        });

        page.ShouldContain("Your home address");
        refusal.ShouldContain("Please give your home address");
        volunteer.HouseholdKey.ShouldBe(HouseholdKeys.Hash(volunteer.ProcessId, "12 high st ab1 2cd"));
    }

    [Fact]
    public void HouseholdKeys_SameAddressWrittenDifferently_Match()
    {
        var process = Guid.NewGuid();

        HouseholdKeys.Hash(process, "12 High St., AB1 2CD").ShouldBe(HouseholdKeys.Hash(process, "12 high st ab1 2cd"));
        HouseholdKeys.Hash(process, "12 High St").ShouldNotBe(HouseholdKeys.Hash(process, "14 High St"));
        HouseholdKeys.Hash(process, "12 High St").ShouldNotBe(HouseholdKeys.Hash(Guid.NewGuid(), "12 High St"), "keys do not match across processes");
        HouseholdKeys.Hash(process, " - ").ShouldBeNull();
    }

    [Fact]
    public async Task PostVolunteer_RuleOnWithoutAnAddress_Returns400AsTheInputIsIncomplete()
    {
        const string slug = "household-api-join";
        await RecruitmentSetup.CreateRecruitingAsync(_portal, slug);
        (await Researcher().PutAsJsonAsync($"/api/v1/processes/{slug}/household-rule", new { onePerHousehold = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var answers = new Dictionary<string, string> { ["gender"] = "female", ["age"] = "old" };

        var without = await _portal.CreateClientAs("household-api-1", Roles.Participant).PostAsJsonAsync($"/api/v1/processes/{slug}/volunteers", new { consentVersion = 1, consent = true, answers });
        var with = await _portal.CreateClientAs("household-api-2", Roles.Participant).PostAsJsonAsync($"/api/v1/processes/{slug}/volunteers", new { consentVersion = 1, consent = true, answers, household = "1 Main St" });

        (await without.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString()!.ShouldContain("Please give your home address");
        with.StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
