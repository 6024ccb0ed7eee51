using System.Security.Claims;
using CollectiveAlignment.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using IdentityRoles = CollectiveAlignment.Data.Identity.Roles;

namespace CollectiveAlignment.Web.Features.Account;

/// <summary><c>GET /api/v1/me</c>: who the caller is and which roles they hold.</summary>
public static class MeApi
{
    /// <summary>The caller's identity.</summary>
    /// <param name="Id">User id.</param>
    /// <param name="Email">E-mail address.</param>
    /// <param name="Roles">Roles held.</param>
    public sealed record MeResponse(string Id, string? Email, IReadOnlyList<string> Roles);

    /// <summary>Maps the resource.</summary>
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", GetMe)
            .RequireAuthorization()
            .WithName("GetMe")
            .WithSummary("The signed-in user and their roles.");
        return api;
    }

    /// <summary>The caller and their roles.</summary>
    public static Ok<MeResponse> GetMe(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return TypedResults.Ok(new MeResponse(user.UserId(), user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name, IdentityRoles.All.Where(user.IsInRole).ToList()));
    }
}
