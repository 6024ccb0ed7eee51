using CollectiveAlignment.Data.Identity;
using CollectiveAlignment.Sortition;
using CollectiveAlignment.Web.Features.Recruitment.Pool;
using CollectiveAlignment.Web.Features.Recruitment.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CollectiveAlignment.EndToEnd.Tests;

public sealed class SelectionRunTests
{
    private const string Password = "Research-2026!";

    // The small instance shared with the Web tests: a panel of 4 from 10 people, 2 of each gender, 1 to 3 of each age band.
    private static readonly string Categories = File.ReadAllText(RepoPaths.RepoFile("tests", "data", "recruitment", "categories.csv"));
    private static readonly string People = File.ReadAllText(RepoPaths.RepoFile("tests", "data", "recruitment", "people.csv"));

    [Fact]
    public async Task Researcher_StartsASelectionRun_AndSeesThePanelAndProbabilities()
    {
        using var portal = new KestrelPortal();
        portal.StartServer();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = "researcher@example.org", Email = "researcher@example.org", EmailConfirmed = true };
            (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Roles.Researcher);
            await scope.ServiceProvider.GetRequiredService<CreateProcessHandler>().HandleAsync(user.Id, new ProcessInput("ai-values", "How should assistants handle medical questions?", 4, SelectionAlgorithm.Leximin, "12345"));
            await scope.ServiceProvider.GetRequiredService<CategoriesHandler>().ImportAsync(user.Id, "ai-values", Categories);
            await scope.ServiceProvider.GetRequiredService<ImportPoolHandler>().HandleAsync(user.Id, "ai-values", People);
        }

        var (playwright, browser) = await ChromiumBrowser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = portal.BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 } });

        await page.GotoAsync("/Account/Login?ReturnUrl=%2Fresearch%2Frecruitment%2Fai-values");
        await page.GetByLabel("Email").FillAsync("researcher@example.org");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "How should assistants handle medical questions?" }).WaitForAsync();
        await page.Locator("[data-interactive=true]").First.WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Start a selection run" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Panel (4)" }).WaitForAsync(new() { Timeout = 60_000 });
        await page.GetByRole(AriaRole.Heading, new() { Name = "Selection probabilities" }).WaitForAsync();

        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "selection-run.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Quotas" }).IsVisibleAsync()).ShouldBeTrue();
    }
}
