namespace CollectiveAlignment.Data.Configuration;

/// <summary>One migrations assembly per provider (the bitwarden layout); the names are all this project needs to know.</summary>
public static class MigrationsAssemblies
{
    /// <summary>Migrations for SQLite.</summary>
    public const string Sqlite = "CollectiveAlignment.Data.Migrations.Sqlite";

    /// <summary>Migrations for SQL Server.</summary>
    public const string SqlServer = "CollectiveAlignment.Data.Migrations.SqlServer";
}
