namespace CollectiveAlignment.Web.Tests.Areas;

public sealed class AreaGuardTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public AreaGuardTests(PortalFactory portal) => _portal = portal;

    public static TheoryData<string, string> AreaAndRole => new()
    {
        { "/participate", Roles.Participant },
        { "/moderate", Roles.Moderator },
        { "/research", Roles.Researcher },
        { "/specs", Roles.Approver },
        { "/admin", Roles.Admin },
        { "/admin/roles", Roles.Admin },
        { "/admin/audit", Roles.Admin },
        { "/admin/runs", Roles.Admin },
    };

    [Theory]
    [MemberData(nameof(AreaAndRole))]
    public async Task Area_Anonymous_RedirectsToSignIn(string path, string role)
    {
        _ = role;
        var response = await _portal.CreatePlainClient().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login?ReturnUrl=");
    }

    [Theory]
    [MemberData(nameof(AreaAndRole))]
    public async Task Area_WithItsRole_IsServed(string path, string role)
    {
        var response = await _portal.CreateClientAs("user-" + role, role).GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(AreaAndRole))]
    public async Task Area_WithAnotherRole_IsForbidden(string path, string role)
    {
        var other = role == Roles.Participant ? Roles.Moderator : Roles.Participant;

        var response = await _portal.CreateClientAs("user-" + other, other).GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task JobsDashboard_Anonymous_RedirectsToSignIn()
    {
        var response = await _portal.CreatePlainClient().GetAsync("/admin/jobs");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task JobsDashboard_AsModerator_IsForbidden()
    {
        var response = await _portal.CreateClientAs("mod", Roles.Moderator).GetAsync("/admin/jobs");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task JobsDashboard_AsAdmin_IsServed()
    {
        var response = await _portal.CreateClientAs("admin", Roles.Admin).GetAsync("/admin/jobs");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("CollectiveAlignment jobs");
    }

    [Fact]
    public async Task UnknownPage_Returns404WithThePortalsPage()
    {
        var response = await _portal.CreatePlainClient().GetAsync("/no-such-page");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Page not found");
    }

    [Fact]
    public async Task ForbiddenPage_ExplainsWhichRoleIsMissing()
    {
        var response = await _portal.CreateClientAs("p", Roles.Participant).GetAsync("/admin");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Access denied");
    }
}
