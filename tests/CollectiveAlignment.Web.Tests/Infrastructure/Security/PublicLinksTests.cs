using MimeKit;

namespace CollectiveAlignment.Web.Tests.Infrastructure.Security;

/// <summary>E-mailed links come from the configured public base URL, and outside Development other hosts are refused.</summary>
public sealed class PublicLinksTests
{
    private const string Password = "Correct-Horse-9!";
    private const string EvilHost = "evil.example";

    [Fact]
    public async Task PasswordReset_RequestedWithAForeignHost_EmailsALinkToThePublicBaseUrl()
    {
        // The filter lets the foreign host through, as AllowedHosts=* does: the link must not follow it anyway.
        using var portal = new PortalFactory { Settings = { ["AllowedHosts"] = "localhost;" + EvilHost } };
        await portal.CreateUserAsync("reset@example.org", Password);
        var client = portal.CreatePlainClient();

        var response = await CookieSessions.PostFormAsync(
            client, "/Account/ForgotPassword", "forgot-password", new() { ["Input.Email"] = "reset@example.org" }, host: EvilHost);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var mail = await MimeMessage.LoadAsync(Directory.GetFiles(portal.MailDirectory, "*.eml").ShouldHaveSingleItem());
        mail.TextBody.ShouldContain(PortalFactory.PublicBaseUrl + "/Account/ResetPassword?code=");
        mail.TextBody.ShouldNotContain(EvilHost);
        mail.HtmlBody.ShouldNotContain(EvilHost);
    }

    [Fact]
    public async Task OutsideDevelopment_WildcardAllowedHosts_RefusesForeignHostsAndAnswersThePublicOne()
    {
        using var portal = new PortalFactory { Settings = { ["AllowedHosts"] = "*" } };
        var client = portal.CreatePlainClient();

        using var foreign = new HttpRequestMessage(HttpMethod.Get, "/Account/ForgotPassword") { Headers = { Host = EvilHost } };
        using var own = new HttpRequestMessage(HttpMethod.Get, "/Account/ForgotPassword") { Headers = { Host = new Uri(PortalFactory.PublicBaseUrl).Host } };

        (await client.SendAsync(foreign)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.SendAsync(own)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void AllowedHosts_WildcardAndExplicitHosts_KeepsTheExplicitOnesAndAddsThePublicHost()
    {
        var hosts = CollectiveAlignment.Web.Infrastructure.Security.HostFiltering.AllowedHosts(["*", "10.0.0.5", "PORTAL.example.org"], "https://portal.example.org/base/");

        hosts.ShouldBe(["portal.example.org", "10.0.0.5"]);
    }
}
