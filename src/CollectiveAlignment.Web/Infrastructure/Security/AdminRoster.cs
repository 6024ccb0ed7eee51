using CollectiveAlignment.Data;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Infrastructure.Security;

/// <summary>
/// Serialises every change that can take the Admin role away, so that "is this the last admin?" and the change are one unit.
/// </summary>
/// <remarks>
/// Call it inside the change's transaction, before reading anything. Its first statement writes the Admin role's row (a
/// fresh <c>ConcurrencyStamp</c>): on SQLite that write takes the database's single writer lock, on SQL Server an exclusive
/// row lock; both are held until commit, so a second revocation waits at this statement and then counts the admins the
/// first one left. Reading first and writing later would not do: under read-committed both readers see two admins.
/// </remarks>
public static class AdminRoster
{
    private static readonly string AdminNormalized = Data.Identity.Roles.Admin.ToUpperInvariant();

    /// <summary>Locks the admin roster for the current transaction and returns how many users hold Admin.</summary>
    public static async Task<int> LockAndCountAsync(AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The admin roster can only be locked inside a transaction.");
        }

        await db.Roles.Where(r => r.NormalizedName == AdminNormalized)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ConcurrencyStamp, Guid.NewGuid().ToString()), ct);
        return await (from ur in db.UserRoles
                      join r in db.Roles on ur.RoleId equals r.Id
                      where r.NormalizedName == AdminNormalized
                      select ur.UserId).CountAsync(ct);
    }
}
