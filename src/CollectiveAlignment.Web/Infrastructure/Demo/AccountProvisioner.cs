using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace CollectiveAlignment.Web.Infrastructure.Demo;

/// <summary>Creates confirmed accounts with roles outside the sign-up flow: the first admin, and the demo accounts.</summary>
public sealed class AccountProvisioner(UserManager<ApplicationUser> users, AuditLog audit)
{
    /// <summary>
    /// Creates the account (e-mail confirmed) or, when it exists, adds the roles it lacks. Returns the password when the
    /// account was created, null when it existed. Errors from Identity (e.g. a weak password) are thrown with their text.
    /// </summary>
    public async Task<string?> EnsureAsync(string email, string? password, IReadOnlyCollection<string> roles, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentNullException.ThrowIfNull(roles);
        var user = await users.FindByEmailAsync(email);
        string? created = null;
        if (user is null)
        {
            created = password ?? PasswordGenerator.Create();
            user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
            Check(await users.CreateAsync(user, created), $"create {email}");
            await audit.AppendAsync(actor, "account.provisioned", user.Id, new { email });
        }

        foreach (var role in roles)
        {
            if (!await users.IsInRoleAsync(user, role))
            {
                Check(await users.AddToRoleAsync(user, role), $"grant {role} to {email}");
                await audit.AppendAsync(actor, "role.granted", user.Id, new { role, email });
            }
        }

        return created;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
