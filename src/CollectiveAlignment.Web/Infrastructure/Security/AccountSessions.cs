using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Infrastructure.Security;

/// <summary>Ends an account's sessions on every device, and closes accounts without leaving the portal with no admin.</summary>
public sealed class AccountSessions(AppDbContext db, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, AuditLog audit)
{
    /// <summary>The audit action of <see cref="SignOutEverywhereAsync"/>.</summary>
    public const string SignedOutEverywhere = "account.signed-out-everywhere";

    /// <summary>
    /// Renews the security stamp, so every other cookie of the account fails its next re-validation, records it, and signs
    /// this session out too.
    /// </summary>
    public async Task SignOutEverywhereAsync(ApplicationUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.AppendAsync(user.Id, SignedOutEverywhere, user.Id, ct: ct);
        await signIn.SignOutAsync();
    }

    /// <summary>
    /// Deletes the account unless it is the last admin's; a deleted account's cookies fail re-validation because the user
    /// is gone. Returns false when refused.
    /// </summary>
    public async Task<bool> DeleteAsync(ApplicationUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Locked before asking, like a revocation, so that deleting and demoting the last two admins cannot both pass.
            var admins = await AdminRoster.LockAndCountAsync(db, ct);
            if (admins <= 1 && await users.IsInRoleAsync(user, Roles.Admin))
            {
                return false;
            }

            var result = await users.DeleteAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Unexpected error occurred deleting user.");
            }

            await transaction.CommitAsync(ct);
            return true;
        });
    }
}
