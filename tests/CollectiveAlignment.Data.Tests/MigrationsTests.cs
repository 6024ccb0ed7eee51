using CollectiveAlignment.Data.Migrations.Sqlite;
using CollectiveAlignment.Data.Migrations.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CollectiveAlignment.Data.Tests;

/// <summary>Each provider's migrations must match the model; CI has no SQL Server, so its checks need no connection.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void SqlServerMigrations_MatchTheModel()
    {
        using var db = new SqlServerDesignTimeDbContextFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().ShouldBeFalse(
            "Add a SQL Server migration: dotnet ef migrations add NAME --project src/CollectiveAlignment.Data.Migrations.SqlServer");
    }

    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using var db = new SqliteDesignTimeDbContextFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().ShouldBeFalse(
            "Add a SQLite migration: dotnet ef migrations add NAME --project src/CollectiveAlignment.Data.Migrations.Sqlite");
    }

    [Fact]
    public void SqlServerIdempotentScript_Generates()
    {
        using var db = new SqlServerDesignTimeDbContextFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        script.ShouldContain("IF NOT EXISTS");
        script.ShouldContain("CREATE TABLE [AuditEntries]");
        script.ShouldContain("CREATE TABLE [JobRuns]");
        script.ShouldContain("CREATE TABLE [AspNetUserPasskeys]");
    }

    [Fact]
    public async Task SqliteMigrate_FreshFile_IsReadyAndUsesWriteAheadLog()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.NewContext();

        (await DatabaseInitializer.IsReadyAsync(db)).ShouldBeTrue();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        (await command.ExecuteScalarAsync(TestContext.Current.CancellationToken) as string).ShouldBe("wal");
    }
}
