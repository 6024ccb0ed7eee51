using Bunit;
using CollectiveAlignment.Web.Components.Layout;
using CollectiveAlignment.Web.Infrastructure.Localisation;
using CollectiveAlignment.Web.Infrastructure.Security;

namespace CollectiveAlignment.Web.Tests.Components.Layout;

public sealed class NavMenuTests : BunitContext
{
    public NavMenuTests() => Services.AddLocalization(o => o.ResourcesPath = LocalisationServiceCollectionExtensions.ResourcesPath);

    private static List<string> LinkTexts(IRenderedComponent<NavMenu> cut) =>
        cut.FindAll("nav a").Select(a => a.TextContent.Trim()).ToList();

    [Fact(DisplayName = "An anonymous visitor sees Home, Register and Sign in, and no area")]
    public void Anonymous_ShowsNoArea()
    {
        AddAuthorization();

        var cut = Render<NavMenu>();

        LinkTexts(cut).ShouldBe(["Home", "Register", "Sign in"]);
        cut.Find("nav").GetAttribute("aria-label").ShouldBe("Main");
    }

    [Fact(DisplayName = "A moderator sees the Moderate area and a sign-out button")]
    public void Moderator_ShowsModerate()
    {
        Services.AddSingleton<Microsoft.AspNetCore.Components.Forms.AntiforgeryStateProvider, FakeAntiforgeryStateProvider>();
        var auth = AddAuthorization();
        auth.SetAuthorized("mod@example.org");
        auth.SetPolicies(Policies.Moderate);

        var cut = Render<NavMenu>();

        LinkTexts(cut).ShouldBe(["Home", "Moderate", "mod@example.org"]);
        cut.Find("form[action='Account/Logout'] button").TextContent.ShouldContain("Sign out");
    }

    [Fact(DisplayName = "An admin sees every area their policies admit, in menu order")]
    public void Admin_ShowsAdministrativeAreas()
    {
        Services.AddSingleton<Microsoft.AspNetCore.Components.Forms.AntiforgeryStateProvider, FakeAntiforgeryStateProvider>();
        var auth = AddAuthorization();
        auth.SetAuthorized("admin@example.org");
        auth.SetPolicies(Policies.Moderate, Policies.Research, Policies.Specs, Policies.Admin);

        var cut = Render<NavMenu>();

        LinkTexts(cut).ShouldBe(["Home", "Moderate", "Research", "Specs", "Admin", "admin@example.org"]);
    }
}
