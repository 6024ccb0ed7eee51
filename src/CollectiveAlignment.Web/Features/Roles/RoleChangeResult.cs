namespace CollectiveAlignment.Web.Features.Roles;

/// <summary>The outcome of granting or revoking a role.</summary>
/// <param name="Succeeded">True when the change was made (or was already in place).</param>
/// <param name="Error">Why it was refused, in words for the admin.</param>
/// <param name="NotFound">True when the user or role does not exist.</param>
public sealed record RoleChangeResult(bool Succeeded, string? Error = null, bool NotFound = false)
{
    /// <summary>A successful change.</summary>
    public static RoleChangeResult Ok { get; } = new(true);

    /// <summary>A refusal with a reason.</summary>
    public static RoleChangeResult Refused(string error) => new(false, error);

    /// <summary>An unknown user or role.</summary>
    public static RoleChangeResult Missing(string error) => new(false, error, NotFound: true);
}
