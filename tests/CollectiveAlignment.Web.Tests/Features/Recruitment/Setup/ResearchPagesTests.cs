using System.Net.Http.Json;
using System.Text.Json;

namespace CollectiveAlignment.Web.Tests.Features.Recruitment.Setup;

/// <summary>The research pages as served (prerendered HTML).</summary>
public sealed class ResearchPagesTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public ResearchPagesTests(PortalFactory portal) => _portal = portal;

    [Theory]
    [InlineData("/research/recruitment")]
    [InlineData("/research/recruitment/some-process")]
    public async Task ResearchRecruitment_AsParticipant_IsDenied(string path)
    {
        var response = await _portal.CreateClientAs("p", Roles.Participant).GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ProcessPage_AsResearcher_ShowsCategoriesAndPoolCounts()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "page-process", withPool: true);

        var html = await _portal.CreateClientAs(RecruitmentSetup.Researcher, Roles.Researcher).GetStringAsync("/research/recruitment/page-process");

        html.ShouldContain("Pool: 10 pooled, 0 selected, 0 withdrawn.");
        html.ShouldContain("Population share of gender female");
        html.ShouldContain("No selection has been run yet.");
    }

    [Fact]
    public async Task SelectionRunPage_AfterARun_ShowsQuotasPanelAndEveryProbability()
    {
        await RecruitmentSetup.CreateRecruitingAsync(_portal, "page-run", withPool: true);
        var client = _portal.CreateClientAs(RecruitmentSetup.Researcher, Roles.Admin);
        var accepted = await client.PostAsync("/api/v1/processes/page-run/selection-runs", null);
        var runId = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await _portal.WaitForRunAsync(runId, TimeSpan.FromSeconds(60));

        var html = await client.GetStringAsync($"/research/recruitment/page-run/runs/{runId}");

        html.ShouldContain("Panel (4)");
        html.ShouldNotContain(">NO<");
        html.ShouldContain("probability of selection, lowest first");
        foreach (var id in Enumerable.Range(1, 10))
        {
            html.ShouldContain($"<code>p{id}</code>");
        }
    }
}
