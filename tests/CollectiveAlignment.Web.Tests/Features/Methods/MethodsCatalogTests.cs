using System.Net.Http.Json;
using System.Text.Json;
using CollectiveAlignment.Aggregation.Registry;

namespace CollectiveAlignment.Web.Tests.Features.Methods;

public sealed class MethodsCatalogTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public MethodsCatalogTests(PortalFactory portal) => _portal = portal;

    [Fact]
    public void Registry_ListsEveryBuiltInFamily()
    {
        var registry = _portal.Services.GetRequiredService<MethodRegistry>();

        var families = registry.Methods.Select(m => m.Metadata.BallotKind).Distinct().Count();

        families.ShouldBe(5);
        registry.Methods.Select(m => m.Id).ShouldContain("schulze");
        registry.Methods.Select(m => m.Id).ShouldContain("opinion-groups");
        registry.Methods.Select(m => m.Id).ShouldContain("pav");
        registry.Methods.Select(m => m.Id).ShouldContain("bradley-terry");
    }

    [Fact]
    public async Task MethodsApi_AsResearcher_ListsTheCatalogWithClaims()
    {
        var methods = await _portal.CreateClientAs("r", Roles.Researcher).GetFromJsonAsync<JsonElement>("/api/v1/methods");

        var schulze = methods.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "schulze");
        schulze.GetProperty("ballotKind").GetString().ShouldBe("Ranked");
        schulze.GetProperty("satisfies").EnumerateArray().Select(a => a.GetString()).ShouldContain("CondorcetWinner");
        methods.GetArrayLength().ShouldBe(_portal.Services.GetRequiredService<MethodRegistry>().Methods.Count);
    }

    [Fact]
    public async Task MethodsApi_AsParticipant_IsForbidden()
    {
        var response = await _portal.CreateClientAs("p", Roles.Participant).GetAsync("/api/v1/methods");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task MethodsPage_FilteredByKindAndAxiom_ShowsOnlyMatchingMethods()
    {
        var html = await _portal.CreateClientAs("r", Roles.Researcher).GetStringAsync("/research/methods?kind=Ranked&axiom=CloneIndependence");

        html.ShouldContain("schulze@1");
        html.ShouldContain("ranked-pairs@1");
        html.ShouldNotContain("borda@1");
        html.ShouldNotContain("approval@1");
    }

    [Fact]
    public async Task MethodsPage_NoMatch_ShowsAnEmptyState()
    {
        var html = await _portal.CreateClientAs("r", Roles.Researcher).GetStringAsync("/research/methods?kind=Pairwise&axiom=CloneIndependence");

        html.ShouldContain("No method matches these filters.");
    }
}
