using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CollectiveAlignment.EndToEnd.Tests;

/// <summary>
/// axe-core over the pages every participant sees first, at desktop and phone size (docs/design-system.md: every page
/// must be axe-clean against WCAG 2.1 A and AA).
/// </summary>
public sealed class AccessibilityTests
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("/", 1280, 800)]
    [InlineData("/", 375, 667)]
    [InlineData("/Account/Login", 1280, 800)]
    [InlineData("/Account/Login", 375, 667)]
    [InlineData("/Account/Register", 375, 667)]
    public async Task Page_Anonymous_HasNoAxeViolations(string path, int width, int height)
    {
        using var portal = new KestrelPortal();
        portal.StartServer();
        var (playwright, browser) = await ChromiumBrowser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = portal.BaseUrl, ViewportSize = new() { Width = width, Height = height } });

        await page.GotoAsync(path);
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("en");
        var result = await page.RunAxe(Wcag);

        result.Passes.ShouldNotBeEmpty("axe ran its rules");
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");
        violations.ShouldBeEmpty();
    }
}
