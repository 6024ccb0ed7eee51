using System.Text.Json;
using Bunit;
using Bunit.TestDoubles;
using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Sortition;
using CollectiveAlignment.Web.Features.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment.Selection;
using CollectiveAlignment.Web.Features.Recruitment.Setup;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace CollectiveAlignment.Web.Tests.Features.Recruitment;

public sealed class RecruitmentPagesTests : BunitContext
{
    private readonly SqliteConnection _connection = new("DataSource=:memory:");
    private readonly AppDbContext _db;
    private readonly BunitAuthorizationContext _auth;

    public RecruitmentPagesTests()
    {
        _connection.Open();
        _db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(_connection).Options);
        _db.Database.EnsureCreated();
        // Pages open a context per operation on the shared in-memory database; everything else shares _db.
        Services.AddDbContextFactory<AppDbContext>(options => options.UseSqlite(_connection));
        Services.AddSingleton(_db);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<AuditLog>();
        Services.AddLogging();
        Services.AddSingleton(NSubstitute.Substitute.For<Hangfire.IBackgroundJobClient>());
        Services.AddSingleton<CollectiveAlignment.Web.Jobs.JobRunScheduler>();
        Services.AddRecruitment(new ConfigurationBuilder().Build());
        _auth = AddAuthorization();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _db.Dispose();
            _connection.Dispose();
        }

        base.Dispose(disposing);
    }

    [Fact(DisplayName = "The processes page shows an empty state and enables its create button once interactive")]
    public void ProcessesPage_NoProcess_ShowsEmptyStateAndEnablesCreate()
    {
        var page = Render<ProcessesPage>();

        page.WaitForAssertion(() => page.Find(".empty-state").TextContent.ShouldContain("No process has been created yet"));
        page.Find("button[type=submit]").HasAttribute("disabled").ShouldBeFalse();
    }

    [Fact(DisplayName = "An infeasible run shows the conflicting categories and the suggested relaxation")]
    public async Task SelectionRunPage_Infeasible_ShowsExplanationAndRelaxation()
    {
        var process = new Process { Id = Guid.NewGuid(), Slug = "infeasible", Topic = "T", PanelSize = 4, PublicSeed = "1", CreatedBy = "r", CreatedAt = DateTimeOffset.UtcNow };
        var run = new JobRun { Id = Guid.NewGuid(), Kind = SelectPanelJob.JobKind, Payload = JsonSerializer.Serialize(new SelectionRunRequest(process.Id)), ProcessId = process.Id, Status = JobRunStatus.Succeeded, RequestedBy = "r", CreatedAt = DateTimeOffset.UtcNow };
        var explanation = new InfeasibilityExplanation("The minima of 'gender' sum to 5 > panel size 4.", ["gender"], ["the minima of category 'gender' sum to 5 > panel size 4"], [new QuotaRelaxation("gender", "female", 3, 3, 2, 3)], 1, true);
        _db.AddRange(process, run, new SelectionRun
        {
            Id = run.Id,
            ProcessId = process.Id,
            Algorithm = "Leximin",
            Seed = "1",
            PanelSize = 4,
            PoolSize = 6,
            Feasible = false,
            InfeasibilityJson = JsonSerializer.Serialize(explanation),
            CompletedAt = DateTimeOffset.UtcNow,
        });
        await _db.SaveChangesAsync();

        var page = Render<SelectionRunPage>(p => p.Add(x => x.Slug, "infeasible").Add(x => x.RunId, run.Id));

        page.WaitForAssertion(() => page.Find(".alert-warning").TextContent.ShouldContain("Conflicting categories: gender"));
        page.Find("caption").TextContent.ShouldContain("Smallest relaxation (1 seats in all, within the flex bounds)");
        page.Find("tbody tr").TextContent.ShouldContain("2–3");
    }

    [Fact(DisplayName = "A running selection shows the progress the job pushes, and its panel once the job says it is published")]
    public async Task SelectionRunPage_Running_ShowsPushedProgressThenThePublishedPanel()
    {
        var process = new Process { Id = Guid.NewGuid(), Slug = "pushed", Topic = "T", PanelSize = 1, PublicSeed = "1", CreatedBy = "r", CreatedAt = DateTimeOffset.UtcNow };
        var run = new JobRun { Id = Guid.NewGuid(), Kind = SelectPanelJob.JobKind, Payload = JsonSerializer.Serialize(new SelectionRunRequest(process.Id)), ProcessId = process.Id, Status = JobRunStatus.Running, RequestedBy = "r", CreatedAt = DateTimeOffset.UtcNow };
        _db.AddRange(process, run);
        await _db.SaveChangesAsync();
        var notifier = Services.GetRequiredService<IRunProgressNotifier>();

        var page = Render<SelectionRunPage>(p => p.Add(x => x.Slug, "pushed").Add(x => x.RunId, run.Id));
        page.WaitForAssertion(() => page.Find("[role=progressbar]").GetAttribute("aria-valuenow").ShouldBe("0"));
        notifier.Publish(new RunProgressUpdate(run.Id, 42, "Selecting 1 of 1 with Leximin"));

        page.WaitForAssertion(() => page.Find("[role=progressbar]").GetAttribute("aria-valuenow").ShouldBe("42"));
        page.Find("p[role=status]").TextContent.ShouldBe("Running: Selecting 1 of 1 with Leximin");

        _db.Add(new SelectionRun { Id = run.Id, ProcessId = process.Id, Algorithm = "Leximin", Seed = "1", PanelSize = 1, PoolSize = 1, Feasible = true, PanelJson = "[\"p1\"]", CompletedAt = DateTimeOffset.UtcNow });
        await _db.SaveChangesAsync();
        notifier.Publish(new RunProgressUpdate(run.Id, 95, "Panel published", Published: true));

        page.WaitForAssertion(() => page.Find("#panel-heading").TextContent.ShouldBe("Panel (1)"));
    }

    [Fact(DisplayName = "Deriving quotas on the process page fills min and max from the shares and reports it")]
    public async Task ProcessPage_DeriveQuotas_UpdatesTheTable()
    {
        await Services.GetRequiredService<CreateProcessHandler>().HandleAsync("r", new ProcessInput("derive", "Derive", 10, SelectionAlgorithm.Leximin, "7"));
        await Services.GetRequiredService<CategoriesHandler>().ImportAsync("r", "derive", "feature,value,min,max,population_share\nregion,north,0,10,0.3\nregion,south,0,10,0.7\n");
        _auth.SetAuthorized("researcher");
        _auth.SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "researcher-id"));

        var page = Render<ProcessPage>(p => p.Add(x => x.Slug, "derive"));
        page.WaitForAssertion(() => DeriveButton(page).HasAttribute("disabled").ShouldBeFalse());
        page.Find("#slack").Change("1");
        DeriveButton(page).Click();

        page.WaitForAssertion(() => page.Find("[role=status].alert-success").TextContent.ShouldContain("panel of 10 (slack 1)"));
        var north = page.FindAll("tbody tr").Single(r => r.TextContent.Contains("north", StringComparison.Ordinal));
        north.QuerySelector("input[aria-label='Minimum of region north']")!.GetAttribute("value").ShouldBe("2");
        north.QuerySelector("input[aria-label='Maximum of region north']")!.GetAttribute("value").ShouldBe("4");
    }

    [Fact(DisplayName = "A malformed categories file on the process page gives a message naming the line and changes nothing")]
    public async Task ProcessPage_BadCategoriesFile_ShowsTheLine()
    {
        await Services.GetRequiredService<CreateProcessHandler>().HandleAsync("r", new ProcessInput("bad-file", "Bad file", 4, SelectionAlgorithm.Leximin, "7"));
        _auth.SetAuthorized("researcher");
        _auth.SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "researcher-id"));

        var page = Render<ProcessPage>(p => p.Add(x => x.Slug, "bad-file"));
        var import = page.FindAll("button").Single(b => b.TextContent == "Replace categories");
        page.WaitForAssertion(() => import.HasAttribute("disabled").ShouldBeFalse());
        page.Find("#categories-csv").Change("feature,value,min,max\ngender,female,1,2\ngender,male,x,2\n");
        page.FindAll("button").Single(b => b.TextContent == "Replace categories").Click();

        page.WaitForAssertion(() => page.Find(".alert-danger").TextContent.ShouldContain("line 3"));
        page.Find(".empty-state").TextContent.ShouldContain("No categories yet");
    }

    [Fact(DisplayName = "Closing on the process page asks for confirmation, then shows the process closed with its actions disabled")]
    public async Task ProcessPage_Close_ConfirmsThenDisablesTheActions()
    {
        await Services.GetRequiredService<CreateProcessHandler>().HandleAsync("r", new ProcessInput("to-close", "To close", 4, SelectionAlgorithm.Leximin, "7"));
        await Services.GetRequiredService<CategoriesHandler>().ImportAsync("r", "to-close", "feature,value,min,max\nregion,north,0,4\nregion,south,0,4\n");
        _auth.SetAuthorized("researcher");
        _auth.SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "researcher-id"));

        var page = Render<ProcessPage>(p => p.Add(x => x.Slug, "to-close"));
        page.WaitForAssertion(() => Button(page, "Close the process…").HasAttribute("disabled").ShouldBeFalse());
        page.FindAll("[role=alertdialog]").ShouldBeEmpty();
        Button(page, "Close the process…").Click();
        page.Find("[role=alertdialog]").TextContent.ShouldContain("cannot be reopened");
        Button(page, "Close for good").Click();

        page.WaitForAssertion(() => page.Find("[role=status].alert-success").TextContent.ShouldContain("The process is closed"));
        page.Find(".alert-secondary").TextContent.ShouldContain("Sign-up, selection runs, invitations and replacements have stopped");
        Button(page, "Start a selection run").HasAttribute("disabled").ShouldBeTrue();
        Button(page, "Close the process…").HasAttribute("disabled").ShouldBeTrue();
        page.Find("#one-per-household").HasAttribute("disabled").ShouldBeTrue();
        (await _db.Processes.AsNoTracking().SingleAsync(p => p.Slug == "to-close")).Status.ShouldBe(ProcessStatus.Closed);
    }

    [Fact(DisplayName = "The household switch on the process page saves the rule")]
    public async Task ProcessPage_HouseholdSwitch_SavesTheRule()
    {
        await Services.GetRequiredService<CreateProcessHandler>().HandleAsync("r", new ProcessInput("household", "Household", 4, SelectionAlgorithm.Leximin, "7"));
        _auth.SetAuthorized("researcher");
        _auth.SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "researcher-id"));

        var page = Render<ProcessPage>(p => p.Add(x => x.Slug, "household"));
        page.WaitForAssertion(() => page.Find("#one-per-household").HasAttribute("disabled").ShouldBeFalse());
        Button(page, "Save the household rule").HasAttribute("disabled").ShouldBeTrue("nothing changed yet");
        page.Find("#one-per-household").Change(true);
        Button(page, "Save the household rule").Click();

        page.WaitForAssertion(() => page.Find("[role=status].alert-success").TextContent.ShouldContain("At most one person per household"));
        (await _db.Processes.AsNoTracking().SingleAsync(p => p.Slug == "household")).OnePerHousehold.ShouldBeTrue();
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<ProcessPage> page, string text) =>
        page.FindAll("button").Single(b => b.TextContent.Trim() == text);

    private static AngleSharp.Dom.IElement DeriveButton(IRenderedComponent<ProcessPage> page) =>
        page.FindAll("button").Single(b => b.TextContent.StartsWith("Derive quotas", StringComparison.Ordinal));
}
