using CollectiveAlignment.Data.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CollectiveAlignment.Data.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the model for SQL Server; adding migrations and scripting need no live server.</summary>
public sealed class SqlServerDesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    /// <summary>A placeholder connection string: nothing connects at design time.</summary>
    public const string DesignTimeConnectionString = "Server=localhost;Database=CollectiveAlignment;Integrated Security=true;TrustServerCertificate=true";

    /// <inheritdoc />
    public AppDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DbContextOptionsConfigurator.Configure(builder, new DatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = DesignTimeConnectionString }, ".");
        return new AppDbContext(builder.UseIdentitySchema().Options);
    }
}
