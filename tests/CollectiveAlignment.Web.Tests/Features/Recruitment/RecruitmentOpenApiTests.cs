using System.Text.Json;

namespace CollectiveAlignment.Web.Tests.Features.Recruitment;

/// <summary>The recruitment endpoints' typed results and declared problems reach the OpenAPI document.</summary>
public sealed class RecruitmentOpenApiTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public RecruitmentOpenApiTests(PortalFactory portal) => _portal = portal;

    [Theory]
    [InlineData("/api/v1/processes/{slug}/selection-runs", "post", new[] { "202", "400", "404", "409" })]
    [InlineData("/api/v1/processes/{slug}/pool", "post", new[] { "200", "400", "404", "409" })]
    [InlineData("/api/v1/processes/{slug}/volunteers", "post", new[] { "201", "400", "404", "409" })]
    [InlineData("/api/v1/processes/{slug}/close", "post", new[] { "200", "404", "409" })]
    public async Task OpenApiDocument_RecruitmentEndpoint_ListsItsResponseCodes(string path, string method, string[] codes)
    {
        var json = await _portal.CreatePlainClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        var responses = JsonDocument.Parse(json).RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");
        responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal).ShouldBe(codes);
    }

    [Fact]
    public async Task OpenApiDocument_SelectionRunAccepted_CarriesTheRunSchema()
    {
        var json = await _portal.CreatePlainClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        var accepted = JsonDocument.Parse(json).RootElement.GetProperty("paths").GetProperty("/api/v1/processes/{slug}/selection-runs").GetProperty("post")
            .GetProperty("responses").GetProperty("202");
        accepted.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetRawText().ShouldContain("SelectionRunResponse");
    }
}
