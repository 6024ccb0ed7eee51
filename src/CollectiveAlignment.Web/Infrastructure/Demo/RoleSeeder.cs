using CollectiveAlignment.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace CollectiveAlignment.Web.Infrastructure.Demo;

/// <summary>Makes sure the five roles exist; runs at every start, in every environment.</summary>
public static class RoleSeeder
{
    /// <summary>Creates any missing role.</summary>
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                var result = await roles.CreateAsync(new IdentityRole(name));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create role {name}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
                }
            }
        }
    }
}
