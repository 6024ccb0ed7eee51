using System.ComponentModel.DataAnnotations;

namespace CollectiveAlignment.Data.Configuration;

/// <summary>Bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Database";

    /// <summary>Which engine to use; <see cref="DatabaseProvider.Sqlite"/> unless configured.</summary>
    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The connection string. For SQLite it may be left empty: the database is then <c>collective-alignment.db</c>
    /// in the data directory. For SQL Server it is required.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Apply pending migrations at start-up. On by default for SQLite; for SQL Server production deployments apply the
    /// idempotent script or run <c>db migrate</c> instead, so that a web node never needs DDL rights.
    /// </summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Whether start-up migration applies for this configuration.</summary>
    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == DatabaseProvider.SqlServer && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Database:Provider is SqlServer but Database:ConnectionString is empty. Set it, e.g. the environment variable Database__ConnectionString.",
                [nameof(ConnectionString)]);
        }
    }
}
