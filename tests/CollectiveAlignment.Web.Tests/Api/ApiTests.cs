using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;

namespace CollectiveAlignment.Web.Tests.Api;

public sealed class ApiTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public ApiTests(PortalFactory portal) => _portal = portal;

    private Task<string> CreateUserAsync(string email) => _portal.CreateUserAsync(email, "Correct-Horse-9!");

    [Fact]
    public async Task Me_Anonymous_Returns401ProblemDetails()
    {
        var response = await _portal.CreatePlainClient().GetAsync("/api/v1/me");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Me_SignedIn_ReturnsRoles()
    {
        var me = await _portal.CreateClientAs("u1", Roles.Moderator, Roles.Participant).GetFromJsonAsync<JsonElement>("/api/v1/me");

        me.GetProperty("id").GetString().ShouldBe("u1");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Participant, Roles.Moderator]);
    }

    [Fact]
    public async Task UnknownApiPath_Returns404ProblemDetails()
    {
        var response = await _portal.CreatePlainClient().GetAsync("/api/v1/no-such-thing");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Users_AsParticipant_Returns403ProblemDetails()
    {
        var response = await _portal.CreateClientAs("p", Roles.Participant).GetAsync("/api/v1/users");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("-1")]
    public async Task Users_PageOutOfRange_Returns400ProblemDetails(string page)
    {
        // Before the shared paging type, int.MaxValue * 50 wrapped and answered 200 with page 0.
        var response = await _portal.CreateClientAs("admin-paging", Roles.Admin).GetAsync($"/api/v1/users?page={page}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task GrantRole_AsAdmin_GrantsAndWritesTheAuditLog()
    {
        var userId = await CreateUserAsync("grant-me@example.org");
        var admin = _portal.CreateClientAs("admin-1", Roles.Admin);

        var response = await admin.PutAsync($"/api/v1/users/{userId}/roles/Moderator", null);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?search=grant-me");
        users.EnumerateArray().Single().GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Moderator]);
        var entry = await _portal.WithDbAsync((db, _) => db.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync());
        entry.Action.ShouldBe("role.granted");
        entry.Actor.ShouldBe("admin-1");
        entry.Subject.ShouldBe(userId);
    }

    [Fact]
    public async Task RevokeRole_AsAdmin_RevokesAndAudits()
    {
        var userId = await CreateUserAsync("revoke-me@example.org");
        var admin = _portal.CreateClientAs("admin-2", Roles.Admin);
        (await admin.PutAsync($"/api/v1/users/{userId}/roles/Researcher", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var response = await admin.DeleteAsync($"/api/v1/users/{userId}/roles/Researcher");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var entry = await _portal.WithDbAsync((db, _) => db.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync());
        entry.Action.ShouldBe("role.revoked");
    }

    [Fact]
    public async Task GrantRole_UnknownRole_Returns404ProblemNamingTheRoles()
    {
        var userId = await CreateUserAsync("typo@example.org");

        var response = await _portal.CreateClientAs("admin", Roles.Admin).PutAsync($"/api/v1/users/{userId}/roles/Superuser", null);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString().ShouldContain("Participant, Moderator, Researcher, Approver, Admin");
    }

    [Fact]
    public async Task RevokeAdmin_FromTheLastAdmin_Returns409()
    {
        var userId = await CreateUserAsync("only-admin@example.org");
        await _portal.WithDbAsync(async (db, services) =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            foreach (var other in await users.GetUsersInRoleAsync(Roles.Admin))
            {
                await users.RemoveFromRoleAsync(other, Roles.Admin);
            }

            return await users.AddToRoleAsync((await users.FindByIdAsync(userId))!, Roles.Admin);
        });

        var response = await _portal.CreateClientAs("admin", Roles.Admin).DeleteAsync($"/api/v1/users/{userId}/roles/Admin");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString().ShouldContain("last admin");
    }

    [Fact]
    public async Task AuditVerification_AsAdmin_RunsInTheBackgroundAndReportsAnIntactChain()
    {
        var admin = _portal.CreateClientAs("admin-verify", Roles.Admin);

        var response = await admin.PostAsync("/api/v1/audit/verifications", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var run = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = run.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/runs/{id}");
        var finished = await _portal.WaitForRunAsync(id, TimeSpan.FromSeconds(30));
        finished.Status.ShouldBe(Data.Jobs.JobRunStatus.Succeeded, finished.Error);
        JsonDocument.Parse(finished.Result!).RootElement.GetProperty("IsValid").GetBoolean().ShouldBeTrue();
        var polled = await admin.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        polled.GetProperty("status").GetString().ShouldBe("Succeeded");
        polled.GetProperty("progress").GetInt32().ShouldBe(100);
    }

    [Fact]
    public async Task Users_MalformedQuery_Returns400ProblemDetails()
    {
        var response = await _portal.CreateClientAs("admin", Roles.Admin).GetAsync("/api/v1/users?page=first");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Run_Unknown_Returns404ProblemDetails()
    {
        var response = await _portal.CreateClientAs("admin", Roles.Admin).GetAsync($"/api/v1/runs/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
