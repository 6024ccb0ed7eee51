namespace CollectiveAlignment.Web.Features.Roles;

/// <summary>One user and their roles, as the roles page and API list them.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Email">The user's e-mail address.</param>
/// <param name="EmailConfirmed">Whether the address is confirmed.</param>
/// <param name="LockedOut">Whether the account is locked now.</param>
/// <param name="Roles">The roles the user holds.</param>
public sealed record UserRolesRow(string UserId, string Email, bool EmailConfirmed, bool LockedOut, IReadOnlyList<string> Roles);
