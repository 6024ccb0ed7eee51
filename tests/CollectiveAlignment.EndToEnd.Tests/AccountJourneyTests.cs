using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;

namespace CollectiveAlignment.EndToEnd.Tests;

public sealed partial class AccountJourneyTests
{
    private const string Password = "Deliberate-2026!";

    [Fact]
    public async Task Volunteer_RegistersConfirmsAndSignsIn_InARealBrowser()
    {
        using var portal = new KestrelPortal();
        portal.StartServer();
        var (playwright, browser) = await ChromiumBrowser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = portal.BaseUrl, ViewportSize = new() { Width = 1280, Height = 800 } });
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        // Register.
        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("Email").FillAsync("volunteer@example.org");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Confirm Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Check your e-mail" }).WaitForAsync();

        // Confirm through the link in the e-mail the portal wrote to its pickup folder.
        var link = await ConfirmationLinkAsync(portal.MailDirectory);
        await page.GotoAsync(link);
        await page.GetByText("Thank you for confirming your email").WaitForAsync();

        // Sign in.
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync("volunteer@example.org");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await page.GetByText("You are signed in as").WaitForAsync();
        var menu = await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).InnerTextAsync();
        menu.ShouldContain("volunteer@example.org");
        menu.ShouldContain("Participate");
        await page.GetByRole(AriaRole.Link, new() { Name = "Participate" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your deliberations" }).WaitForAsync();

        // The interactive runtime loaded under the content security policy (no blocked scripts).
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "portal-signed-in.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        new FileInfo(screenshot).Length.ShouldBeGreaterThan(10_000);
        consoleErrors.Where(e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
    }

    private static async Task<string> ConfirmationLinkAsync(string mailDirectory)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var file = Directory.Exists(mailDirectory) ? Directory.GetFiles(mailDirectory, "*.eml").FirstOrDefault() : null;
            if (file is not null)
            {
                var message = await MimeMessage.LoadAsync(file);
                return ConfirmLink().Match(message.TextBody).Groups["url"].Value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No confirmation e-mail appeared in {mailDirectory}.");
    }

    [GeneratedRegex(@"Confirm my account: (?<url>\S+)")]
    private static partial Regex ConfirmLink();
}
