using CollectiveAlignment.Web.Components.Ui;
using CollectiveAlignment.Web.Infrastructure.Localisation;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;
using Microsoft.Playwright;
using NSubstitute;

namespace CollectiveAlignment.EndToEnd.Tests;

/// <summary>
/// axe-core over <see cref="SortableList{TItem}"/>'s markup in Chromium, with the portal's stylesheet: no page uses the
/// component yet, so it is rendered on its own (its keyboard behaviour is covered by the bUnit tests).
/// </summary>
public sealed class SortableListAccessibilityTests
{
    private static async Task<string> RenderAsync()
    {
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddLocalization(o => o.ResourcesPath = LocalisationServiceCollectionExtensions.ResourcesPath)
            .AddSingleton(Substitute.For<IJSRuntime>())
            .BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        RenderFragment<string> template = item => builder => builder.AddContent(0, item);
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(SortableList<string>.Items)] = new[] { "Clean energy first", "Affordable housing", "Public transport" },
            [nameof(SortableList<string>.ItemLabel)] = (Func<string, string>)(s => s),
            [nameof(SortableList<string>.Label)] = "Your ranking",
            [nameof(SortableList<string>.ItemTemplate)] = template,
            [nameof(SortableList<string>.Id)] = "ranking",
            [nameof(SortableList<string>.AllowTies)] = true,
            [nameof(SortableList<string>.TiedWithAbove)] = new[] { "Affordable housing" },
        });
        return await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<SortableList<string>>(parameters)).ToHtmlString());
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(375, 667)]
    public async Task SortableList_Markup_HasNoAxeViolations(int width, int height)
    {
        var list = await RenderAsync();
        var (playwright, browser) = await ChromiumBrowser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = width, Height = height } });

        await page.SetContentAsync($"<!DOCTYPE html><html lang=\"en\"><head><title>Ranking</title></head><body><main><h1>Rank the options</h1>{list}</main></body></html>");
        await page.AddStyleTagAsync(new() { Path = RepoPaths.RepoFile("src", "CollectiveAlignment.Web", "wwwroot", "lib", "bootstrap", "dist", "css", "bootstrap.min.css") });
        await page.AddStyleTagAsync(new() { Path = RepoPaths.RepoFile("src", "CollectiveAlignment.Web", "wwwroot", "app.css") });
        (await page.Locator("[data-sortable-item]").CountAsync()).ShouldBe(3);
        (await page.Locator("input[type=checkbox]").CountAsync()).ShouldBe(2);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        result.Passes.ShouldNotBeEmpty("axe ran its rules");
        result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ShouldBeEmpty();
    }
}
