using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Identity;
using CollectiveAlignment.Web.Infrastructure.Api;
using CollectiveAlignment.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Roles;

/// <summary>Lists users with their roles and grants or revokes roles, recording each change in the audit log.</summary>
public sealed class RoleAdministration(AppDbContext db, UserManager<ApplicationUser> users, AuditLog audit, TimeProvider time)
{
    /// <summary>Rows per page on the roles page and API.</summary>
    public const int PageSize = 50;

    /// <summary>Users whose e-mail contains <paramref name="search"/> (all when empty), by e-mail, one page.</summary>
    /// <exception cref="CollectiveAlignment.Data.Errors.InvalidInputException">The page is out of range (see <see cref="Paging"/>).</exception>
    public async Task<IReadOnlyList<UserRolesRow>> ListAsync(string? search, int page = 0, CancellationToken ct = default)
    {
        var paging = Paging.Of(page, PageSize);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(term));
        }

        var pageUsers = await query.OrderBy(u => u.NormalizedEmail).Skip(paging.Skip).Take(paging.Size)
            .Select(u => new { u.Id, u.Email, u.EmailConfirmed, u.LockoutEnd })
            .ToListAsync(ct);
        var ids = pageUsers.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var now = time.GetUtcNow();
        return pageUsers.Select(u => new UserRolesRow(
                u.Id,
                u.Email ?? "",
                u.EmailConfirmed,
                u.LockoutEnd is { } end && end > now,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).OrderBy(n => n, StringComparer.Ordinal).ToList()))
            .ToList();
    }

    /// <summary>Grants <paramref name="role"/> to the user; granting a role already held succeeds without a new audit entry.</summary>
    public Task<RoleChangeResult> GrantAsync(string actorId, string userId, string role, CancellationToken ct = default) =>
        ChangeAsync(actorId, userId, role, grant: true, ct);

    /// <summary>Revokes <paramref name="role"/>; the last admin cannot lose the Admin role, so the portal cannot lock itself out.</summary>
    public Task<RoleChangeResult> RevokeAsync(string actorId, string userId, string role, CancellationToken ct = default) =>
        ChangeAsync(actorId, userId, role, grant: false, ct);

    private async Task<RoleChangeResult> ChangeAsync(string actorId, string userId, string role, bool grant, CancellationToken ct)
    {
        var roleName = Data.Identity.Roles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
        if (roleName is null)
        {
            return RoleChangeResult.Missing($"There is no role '{role}'. Roles: {string.Join(", ", Data.Identity.Roles.All)}.");
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return RoleChangeResult.Missing($"There is no user with id '{userId}'.");
        }

        // The change and its audit entry commit together, or neither does.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var admins = roleName == Data.Identity.Roles.Admin ? await AdminRoster.LockAndCountAsync(db, ct) : 0;
            var holds = await users.IsInRoleAsync(user, roleName);
            if (holds == grant)
            {
                return RoleChangeResult.Ok;
            }

            if (!grant && roleName == Data.Identity.Roles.Admin && admins <= 1)
            {
                return RoleChangeResult.Refused("This is the last admin: grant Admin to someone else first.");
            }

            var outcome = grant ? await users.AddToRoleAsync(user, roleName) : await users.RemoveFromRoleAsync(user, roleName);
            if (!outcome.Succeeded)
            {
                return RoleChangeResult.Refused(string.Join(" ", outcome.Errors.Select(e => e.Description)));
            }

            // A new stamp makes the user's existing cookies fail re-validation, so the old roles stop working everywhere.
            await users.UpdateSecurityStampAsync(user);
            await audit.AppendAsync(actorId, grant ? "role.granted" : "role.revoked", user.Id, new { role = roleName, email = user.Email }, ct);
            await transaction.CommitAsync(ct);
            return RoleChangeResult.Ok;
        });
    }
}
