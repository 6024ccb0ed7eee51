using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Data;

/// <summary>Brings a database up to the current schema.</summary>
public static class DatabaseInitializer
{
    /// <summary>Applies pending migrations; on SQLite also switches the file to write-ahead logging, so readers never block the writer.</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL is a property of the file: set once, it persists for every later connection.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    /// <summary>True when the database is reachable and has every migration applied.</summary>
    public static async Task<bool> IsReadyAsync(AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await db.Database.CanConnectAsync(ct))
        {
            return false;
        }

        var pending = await db.Database.GetPendingMigrationsAsync(ct);
        return !pending.Any();
    }
}
