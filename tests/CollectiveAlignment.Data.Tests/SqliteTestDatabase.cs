using CollectiveAlignment.Data.Configuration;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Data.Tests;

/// <summary>A fresh SQLite file in a temporary folder, migrated like the portal's, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ca-data-tests-" + Guid.NewGuid().ToString("N"));

    public string ConnectionString => DbContextOptionsConfigurator.SqliteConnectionString(new DatabaseOptions(), _directory);

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = new SqliteTestDatabase();
        await using var db = database.NewContext();
        await DatabaseInitializer.MigrateAsync(db);
        return database;
    }

    public AppDbContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DbContextOptionsConfigurator.Configure(builder, new DatabaseOptions { Provider = DatabaseProvider.Sqlite }, _directory);
        return new AppDbContext(builder.UseIdentitySchema().Options);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }

        return ValueTask.CompletedTask;
    }
}
