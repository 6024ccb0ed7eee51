using Microsoft.Playwright;

namespace CollectiveAlignment.EndToEnd.Tests;

/// <summary>
/// Launches Debian's Chromium (Playwright cannot download its own browser here). Flags: no sandbox (root in CI), and
/// no background networking, which a closed network would refuse.
/// </summary>
internal static class ChromiumBrowser
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Skip($"{ExecutablePath} is missing: apt-get install chromium (.ci/run installs it).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
        return (playwright, browser);
    }
}
