using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Sortition;
using CollectiveAlignment.Web.Features.Recruitment.Selection;
using CollectiveAlignment.Web.Features.Recruitment.Setup;
using CollectiveAlignment.Web.Tests.Api;

namespace CollectiveAlignment.Web.Tests.Features.Recruitment;

public sealed class RecruitmentApiTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public RecruitmentApiTests(PortalFactory portal) => _portal = portal;

    private HttpClient Researcher() => _portal.CreateClientAs(RecruitmentSetup.Researcher, Roles.Researcher);

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task PutCategories_AsParticipant_Returns403()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "guarded-api");

        var response = await _portal.CreateClientAs("p", Roles.Participant).PutAsync("/api/v1/processes/guarded-api/categories", Csv(RecruitmentSetup.CategoriesCsvText));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PutCategories_UnknownValueColumnMissing_Returns400NamingTheLine()
    {
        await _portal.WithDbAsync(async (_, services) =>
        {
            await services.GetRequiredService<CreateProcessHandler>().HandleAsync(RecruitmentSetup.Researcher, new ProcessInput("bad-categories", "Topic", 4, SelectionAlgorithm.Leximin, null));
            return 0;
        });

        var response = await Researcher().PutAsync("/api/v1/processes/bad-categories/categories", Csv("feature,value,min,max\ngender,female,2,2\ngender,male,two,2\n"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldContain("line 3");
        problem.GetProperty("line").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task PostPool_ValueNotInCategories_Returns400NamingTheLine()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "bad-pool");

        var response = await Researcher().PostAsync("/api/v1/processes/bad-pool/pool", Csv("id,gender,age\na,female,young\nb,robot,old\n"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldContain("line 3");
        (await _portal.WithDbAsync((db, _) => db.Volunteers.CountAsync(v => v.ProcessId == db.Processes.Single(p => p.Slug == "bad-pool").Id))).ShouldBe(0, "a file with an error imports nobody");
    }

    [Fact]
    public async Task GetCategoriesAndPool_AfterImport_RoundTripTheCsvFormats()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "round-trip", withPool: true);

        var categories = await Researcher().GetStringAsync("/api/v1/processes/round-trip/categories");
        var pool = await Researcher().GetStringAsync("/api/v1/processes/round-trip/pool");

        categories.ShouldStartWith("feature,value,min,max");
        categories.ShouldContain("gender,female,2,2");
        pool.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(11);
        pool.ShouldContain("p7,male,old");
    }

    [Fact]
    public async Task PostSelectionRun_SmallPool_CompletesWithAPanelMeetingEveryQuota()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "select-small", withPool: true);

        var response = await Researcher().PostAsync("/api/v1/processes/select-small/selection-runs", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var runId = accepted.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/processes/select-small/selection-runs/{runId}");
        var run = await _portal.WaitForRunAsync(runId, TimeSpan.FromSeconds(60));
        run.Error.ShouldBeNull();
        run.Status.ShouldBe(Data.Jobs.JobRunStatus.Succeeded);

        var result = await Researcher().GetFromJsonAsync<JsonElement>(response.Headers.Location);
        result.GetProperty("feasible").GetBoolean().ShouldBeTrue();
        result.GetProperty("panel").GetArrayLength().ShouldBe(4);
        result.GetProperty("quotas").EnumerateArray().ShouldAllBe(q => q.GetProperty("met").GetBoolean());
        var probabilities = result.GetProperty("probabilities").EnumerateObject().ToList();
        probabilities.Count.ShouldBe(10);
        probabilities.Sum(p => p.Value.GetDouble()).ShouldBe(4, 1e-6);
        var list = await Researcher().GetFromJsonAsync<JsonElement>("/api/v1/processes/select-small/selection-runs");
        list.GetArrayLength().ShouldBe(1);
        var selected = await _portal.WithDbAsync((db, _) => db.Volunteers.CountAsync(v => v.Status == VolunteerStatus.Selected && v.ExternalId != null && v.ProcessId == db.Processes.Single(p => p.Slug == "select-small").Id));
        selected.ShouldBe(4);
    }

    [Fact]
    public async Task PostSelectionRun_InfeasibleQuotas_CompletesWithAnExplanation()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "select-infeasible");
        await Researcher().PostAsync("/api/v1/processes/select-infeasible/pool", Csv("id,gender,age\na,female,young\nb,female,old\nc,female,old\nd,male,young\n"));

        var response = await Researcher().PostAsync("/api/v1/processes/select-infeasible/selection-runs", null);
        var runId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await _portal.WaitForRunAsync(runId, TimeSpan.FromSeconds(60));

        var result = await Researcher().GetFromJsonAsync<JsonElement>(response.Headers.Location);
        result.GetProperty("feasible").GetBoolean().ShouldBeFalse();
        result.GetProperty("infeasibility").GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
        result.GetProperty("infeasibility").GetProperty("conflictingCategories").EnumerateArray().Select(c => c.GetString()).ShouldContain("gender");
    }

    [Fact]
    public async Task PostSelectionRun_GlopMasterSolver_IsRecordedAndGivesTheSameProbabilities()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "select-glop", withPool: true);

        var hybrid = await Researcher().PostAsync("/api/v1/processes/select-glop/selection-runs", null);
        var hybridRun = await _portal.WaitForRunAsync((await hybrid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), TimeSpan.FromSeconds(60));
        var glop = await Researcher().PostAsync("/api/v1/processes/select-glop/selection-runs?masterSolver=GLOP", null);
        glop.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var glopRun = await _portal.WaitForRunAsync((await glop.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), TimeSpan.FromSeconds(60));

        glopRun.Status.ShouldBe(Data.Jobs.JobRunStatus.Succeeded);
        glopRun.Payload.ShouldNotBeNull().ShouldContain("\"MasterSolver\":\"Glop\"");
        hybridRun.Payload.ShouldNotBeNull().ShouldNotContain("MasterSolver");
        var first = (await Researcher().GetFromJsonAsync<JsonElement>(hybrid.Headers.Location)).GetProperty("probabilities");
        var second = (await Researcher().GetFromJsonAsync<JsonElement>(glop.Headers.Location)).GetProperty("probabilities");
        foreach (var person in first.EnumerateObject())
        {
            second.GetProperty(person.Name).GetDouble().ShouldBe(person.Value.GetDouble(), 1e-6);
        }
    }

    [Fact]
    public async Task PostSelectionRun_UnknownMasterSolver_Returns400NamingTheChoices()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "select-bad-solver", withPool: true);

        var response = await Researcher().PostAsync("/api/v1/processes/select-bad-solver/selection-runs?masterSolver=simplex", null);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().ShouldBe("Unknown master solver 'simplex': use 'hybrid' or 'glop'.");
        (await _portal.WithDbAsync((db, _) => db.JobRuns.CountAsync(r => r.Kind == SelectPanelJob.JobKind && r.ProcessId == db.Processes.Single(p => p.Slug == "select-bad-solver").Id))).ShouldBe(0);
    }

    [Fact]
    public async Task PostSelectionRun_PoolSmallerThanPanel_Returns409WithTheReason()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "select-empty");

        var response = await Researcher().PostAsync("/api/v1/processes/select-empty/selection-runs", null);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString()!.ShouldContain("The pool has 0 volunteers, fewer than the panel's 4 seats");
    }

    [Fact]
    public async Task PutCategories_TwiceWhilePoolEmpty_ReplacesTheCategories()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "replace-categories");

        var response = await Researcher().PutAsync("/api/v1/processes/replace-categories/categories", Csv("category,name,min,max\ngender,female,1,3\ngender,male,1,3\nregion,north,0,4\n"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var categories = await Researcher().GetStringAsync("/api/v1/processes/replace-categories/categories");
        categories.ShouldContain("gender,female,1,3");
        categories.ShouldContain("region,north,0,4");
        categories.ShouldNotContain("age");
    }

    [Fact]
    public async Task SelectPanelJob_RunAgainAfterItsRecordWasSaved_DoesNotDrawAgain()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "select-twice", withPool: true);
        var response = await Researcher().PostAsync("/api/v1/processes/select-twice/selection-runs", null);
        var runId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await _portal.WaitForRunAsync(runId, TimeSpan.FromSeconds(60));

        await _portal.WithDbAsync(async (db, services) =>
        {
            var run = await db.JobRuns.SingleAsync(r => r.Id == runId);
            var job = services.GetRequiredKeyedService<CollectiveAlignment.Web.Jobs.IJobRunner>(SelectPanelJob.JobKind);
            return await job.RunAsync(run, new Progress<CollectiveAlignment.Web.Jobs.JobProgress>(), CancellationToken.None);
        });

        (await _portal.WithDbAsync((db, _) => db.SelectionRuns.CountAsync(s => s.Id == runId))).ShouldBe(1);
        (await _portal.WithDbAsync((db, _) => db.AuditEntries.CountAsync(e => e.Action == "recruitment.selected" && e.Subject == runId.ToString()))).ShouldBe(1);
    }
}
