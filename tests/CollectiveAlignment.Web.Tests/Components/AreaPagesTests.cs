using Bunit;
using CollectiveAlignment.Web.Areas.Moderate;
using CollectiveAlignment.Web.Areas.Participate;
using CollectiveAlignment.Web.Areas.Research;
using CollectiveAlignment.Web.Areas.Specs;
using CollectiveAlignment.Web.Infrastructure.Localisation;

namespace CollectiveAlignment.Web.Tests.Components;

public sealed class AreaPagesTests : BunitContext
{
    public AreaPagesTests() => Services.AddLocalization(o => o.ResourcesPath = LocalisationServiceCollectionExtensions.ResourcesPath);

    [Fact(DisplayName = "Each area's landing page says what will appear there while it is empty")]
    public void AreaPages_WithNothingYet_ShowAnEmptyState()
    {
        Render<ParticipateHome>().Find(".empty-state").TextContent.ShouldContain("not part of a deliberation yet");
        Render<ModerateHome>().Find(".empty-state").TextContent.ShouldContain("Nothing waits for moderation");
        Render<ResearchHome>().Find(".empty-state").TextContent.ShouldContain("No aggregation has been run yet");
        Render<SpecsHome>().Find(".empty-state").TextContent.ShouldContain("No policy spec exists yet");
    }

    [Fact(DisplayName = "Empty states are announced to screen readers")]
    public void EmptyStates_HaveStatusRole()
    {
        Render<ModerateHome>().Find(".empty-state").GetAttribute("role").ShouldBe("status");
    }
}
