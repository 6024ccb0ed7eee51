using CollectiveAlignment.Web.Features.Roles;
using CollectiveAlignment.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace CollectiveAlignment.Web.Tests.Infrastructure.Security;

/// <summary>
/// Existing sign-in cookies stop working once their account changes. The interval is zero, so every request re-validates
/// and no test waits for a clock.
/// </summary>
public sealed class SessionRevalidationTests : IDisposable
{
    private const string Password = "Correct-Horse-9!";
    private readonly PortalFactory _portal = new() { Settings = { ["Security:SessionValidationInterval"] = "00:00:00" } };

    public void Dispose() => _portal.Dispose();

    [Fact]
    public async Task RevokedResearcher_ExistingCookie_IsRefusedByTheResearchApi()
    {
        var researcher = await _portal.CreateUserAsync("researcher@example.org", Password, Roles.Researcher);
        var admin = await _portal.CreateUserAsync("admin@example.org", Password, Roles.Admin);
        var session = await CookieSessions.SignInAsync(_portal, "researcher@example.org", Password);
        (await session.GetAsync("/api/v1/methods")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var revoked = await _portal.WithDbAsync((_, services) =>
            services.GetRequiredService<RoleAdministration>().RevokeAsync(admin, researcher, Roles.Researcher));

        revoked.Succeeded.ShouldBeTrue();
        (await session.GetAsync("/api/v1/methods")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DeletedAccount_ExistingCookie_NoLongerSignsIn()
    {
        var userId = await _portal.CreateUserAsync("leaving@example.org", Password, Roles.Researcher);
        var session = await CookieSessions.SignInAsync(_portal, "leaving@example.org", Password);

        await _portal.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            return await services.GetRequiredService<AccountSessions>().DeleteAsync((await users.FindByIdAsync(userId))!);
        });

        (await session.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await session.GetAsync("/api/v1/methods")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PasswordChange_OtherSession_IsRefusedWhileThisOneStays()
    {
        await _portal.CreateUserAsync("changer@example.org", Password);
        var laptop = await CookieSessions.SignInAsync(_portal, "changer@example.org", Password);
        var phone = await CookieSessions.SignInAsync(_portal, "changer@example.org", Password);

        var changed = await CookieSessions.PostFormAsync(laptop, "/Account/Manage/ChangePassword", "change-password", new()
        {
            ["Input.OldPassword"] = Password,
            ["Input.NewPassword"] = "Another-Horse-10!",
            ["Input.ConfirmPassword"] = "Another-Horse-10!",
        });

        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await laptop.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await phone.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignOutEverywhere_EndsOlderSessionsAndIsAudited()
    {
        var userId = await _portal.CreateUserAsync("careful@example.org", Password);
        var older = await CookieSessions.SignInAsync(_portal, "careful@example.org", Password);
        var current = await CookieSessions.SignInAsync(_portal, "careful@example.org", Password);

        var response = await CookieSessions.PostFormAsync(current, "/Account/Manage/Sessions", "sign-out-everywhere", []);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await older.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await current.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var audited = await _portal.WithDbAsync((db, _) =>
            db.AuditEntries.CountAsync(e => e.Action == AccountSessions.SignedOutEverywhere && e.Subject == userId));
        audited.ShouldBe(1);
    }
}
