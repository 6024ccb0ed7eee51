using System.Security.Claims;
using CollectiveAlignment.Web.Infrastructure.Api;
using CollectiveAlignment.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CollectiveAlignment.Web.Features.Roles;

/// <summary>Admin: users and their roles. <c>PUT</c> grants a role, <c>DELETE</c> revokes it; both are audited.</summary>
public static class UsersApi
{
    /// <summary>Maps the resource.</summary>
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").RequireAuthorization(Policies.Admin).WithTags("Users");
        users.MapGet("/", ListUsers)
            .WithName("ListUsers")
            .WithSummary("Users whose e-mail contains the search term, 50 a page, with their roles.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        users.MapPut("/{userId}/roles/{role}", GrantRole)
            .WithName("GrantRole")
            .WithSummary("Grants a role (idempotent).");
        users.MapDelete("/{userId}/roles/{role}", RevokeRole)
            .WithName("RevokeRole")
            .WithSummary("Revokes a role (idempotent); the last admin keeps Admin.");
        return api;
    }

    /// <summary>One page of users.</summary>
    public static async Task<Ok<IReadOnlyList<UserRolesRow>>> ListUsers(string? search, int? page, RoleAdministration admin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(admin);
        return TypedResults.Ok(await admin.ListAsync(search, page ?? 0, ct));
    }

    /// <summary>Grants a role.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> GrantRole(string userId, string role, ClaimsPrincipal user, RoleAdministration admin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(admin);
        return ToResult(await admin.GrantAsync(user.UserId(), userId, role, ct));
    }

    /// <summary>Revokes a role.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeRole(string userId, string role, ClaimsPrincipal user, RoleAdministration admin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(admin);
        return ToResult(await admin.RevokeAsync(user.UserId(), userId, role, ct));
    }

    private static Results<NoContent, ProblemHttpResult> ToResult(RoleChangeResult result) =>
        result switch
        {
            { Succeeded: true } => TypedResults.NoContent(),
            { NotFound: true } => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: result.Error),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Role change refused", detail: result.Error),
        };
}
