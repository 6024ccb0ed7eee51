using CollectiveAlignment.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CollectiveAlignment.EndToEnd.Tests;

public sealed class AdminRolesTests
{
    private const string Password = "Administer-2026!";

    private static async Task CreateUserAsync(KestrelPortal portal, string email, params string[] roles)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        foreach (var role in roles)
        {
            (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        }
    }

    [Fact]
    public async Task Admin_GrantsARoleOnTheInteractiveRolesPage()
    {
        using var portal = new KestrelPortal();
        portal.StartServer();
        await CreateUserAsync(portal, "admin@example.org", Roles.Admin);
        await CreateUserAsync(portal, "ada@example.org", Roles.Participant);
        var (playwright, browser) = await ChromiumBrowser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = portal.BaseUrl, ViewportSize = new() { Width = 1280, Height = 720 } });
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Type + ": " + message.Text);

        await page.GotoAsync("/Account/Login?ReturnUrl=%2Fadmin%2Froles");
        await page.GetByLabel("Email").FillAsync("admin@example.org");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Roles" }).WaitForAsync();

        // The checkbox works only once the interactive circuit (a WebSocket, under the strict CSP) is connected.
        var moderator = page.GetByRole(AriaRole.Checkbox, new() { Name = "Moderator for ada@example.org" });
        await Assertions.Expect(moderator).Not.ToBeCheckedAsync();
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await moderator.CheckAsync();
        try
        {
            await page.GetByText("Granted Moderator to ada@example.org.").WaitForAsync(new() { Timeout = 15000 });
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "failure.png") });
            throw new TimeoutException("No confirmation. Browser console:\n" + string.Join("\n", console));
        }
        await Assertions.Expect(moderator).ToBeCheckedAsync();

        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "admin-roles.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });

        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        (await users.IsInRoleAsync((await users.FindByEmailAsync("ada@example.org"))!, Roles.Moderator)).ShouldBeTrue();
    }
}
