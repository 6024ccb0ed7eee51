using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Data.Configuration;

/// <summary>Points a <see cref="DbContextOptionsBuilder"/> at the configured provider and its migrations assembly.</summary>
public static class DbContextOptionsConfigurator
{
    /// <summary>The SQLite file name used when no connection string is configured.</summary>
    public const string DefaultSqliteFileName = "collective-alignment.db";

    /// <summary>Configures <paramref name="builder"/>; <paramref name="dataDirectory"/> holds the default SQLite file.</summary>
    /// <exception cref="InvalidOperationException">SQL Server is chosen without a connection string.</exception>
    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(SqliteConnectionString(options, dataDirectory), sqlite => sqlite.MigrationsAssembly(MigrationsAssemblies.Sqlite));
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider is SqlServer but Database:ConnectionString is empty. Set it, e.g. the environment variable Database__ConnectionString.");
                }

                builder.UseSqlServer(options.ConnectionString, sql =>
                {
                    sql.MigrationsAssembly(MigrationsAssemblies.SqlServer);
                    sql.EnableRetryOnFailure();
                });
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'. Use Sqlite or SqlServer.");
        }
    }

    /// <summary>The SQLite connection string: the configured one, or a file in <paramref name="dataDirectory"/>.</summary>
    public static string SqliteConnectionString(DatabaseOptions options, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        Directory.CreateDirectory(dataDirectory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, DefaultSqliteFileName),
            Cache = SqliteCacheMode.Shared,
        }.ToString();
    }
}
