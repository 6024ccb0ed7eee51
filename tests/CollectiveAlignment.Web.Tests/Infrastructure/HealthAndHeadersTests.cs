namespace CollectiveAlignment.Web.Tests.Infrastructure;

public sealed class HealthAndHeadersTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public HealthAndHeadersTests(PortalFactory portal) => _portal = portal;

    [Fact]
    public async Task Live_Always_ReturnsHealthy()
    {
        var response = await _portal.CreatePlainClient().GetAsync("/health/live");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Ready_MigratedDatabase_ReturnsHealthy()
    {
        var response = await _portal.CreatePlainClient().GetAsync("/health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task HomePage_Anonymous_ServesThePortalWithSecurityHeaders()
    {
        var response = await _portal.CreatePlainClient().GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<nav");
        html.ShouldContain("Skip to main content");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self';");
        csp.ShouldNotContain("script-src 'self' 'unsafe-inline'");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
    }

    [Fact]
    public async Task HomePage_Html_HasNoInlineScript()
    {
        // The content security policy forbids inline scripts; a page that had one would break in the browser.
        var html = await _portal.CreatePlainClient().GetStringAsync("/");

        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script(?<attrs>[^>]*)>(?<body>.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline);
        scripts.Count.ShouldBeGreaterThan(0);
        foreach (System.Text.RegularExpressions.Match script in scripts)
        {
            script.Groups["attrs"].Value.ShouldContain("src=");
            script.Groups["body"].Value.Trim().ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheVersionOneApi()
    {
        var json = await _portal.CreatePlainClient().GetStringAsync("/openapi/v1.json");

        json.ShouldContain("/api/v1/me");
        json.ShouldContain("/api/v1/users/{userId}/roles/{role}");
    }
}
