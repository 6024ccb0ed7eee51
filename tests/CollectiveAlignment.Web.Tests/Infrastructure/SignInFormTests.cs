using System.Text.RegularExpressions;
using CollectiveAlignment.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CollectiveAlignment.Web.Tests.Infrastructure;

/// <summary>The real sign-in form (antiforgery token, Identity cookie), posted the way a browser posts it.</summary>
public sealed partial class SignInFormTests : IClassFixture<PortalFactory>
{
    private const string Password = "Correct-Horse-9!";
    private readonly PortalFactory _portal;

    public SignInFormTests(PortalFactory portal) => _portal = portal;

    private Task<string> CreateConfirmedUserAsync(string email) => _portal.CreateUserAsync(email, Password);

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/Account/Login");
        var token = AntiforgeryToken().Match(form).Groups["token"].Value;
        token.ShouldNotBeNullOrEmpty();
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    [Fact]
    public async Task SignIn_RightPassword_SetsTheCookieAndOpensTheApi()
    {
        await CreateConfirmedUserAsync("signin@example.org");
        var client = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await PostSignInAsync(client, "signin@example.org", Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignIn_RepeatedWrongPasswords_LocksTheAccount()
    {
        await CreateConfirmedUserAsync("guess@example.org");
        var client = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        for (var i = 1; i < PortalIdentityExtensions.MaxFailedAccessAttempts; i++)
        {
            var failed = await PostSignInAsync(client, "guess@example.org", "wrong-password-" + i);
            (await failed.Content.ReadAsStringAsync()).ShouldContain("Invalid login attempt");
        }

        var last = await PostSignInAsync(client, "guess@example.org", "wrong-password-last");
        last.Headers.Location!.ToString().ShouldContain("Account/Lockout");

        var withRightPassword = await PostSignInAsync(client, "guess@example.org", Password);

        withRightPassword.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        withRightPassword.Headers.Location!.ToString().ShouldContain("Account/Lockout");
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRejected()
    {
        var client = _portal.CreatePlainClient();

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = "x@example.org",
            ["Input.Password"] = Password,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
