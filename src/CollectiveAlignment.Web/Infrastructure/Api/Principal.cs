using System.Security.Claims;

namespace CollectiveAlignment.Web.Infrastructure.Api;

/// <summary>Reads the acting user's id for audit entries.</summary>
internal static class Principal
{
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("An authenticated user has no id claim.");
}
