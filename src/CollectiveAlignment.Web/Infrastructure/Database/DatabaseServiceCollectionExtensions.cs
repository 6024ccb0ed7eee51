using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Configuration;
using CollectiveAlignment.Web.Infrastructure.Settings;

namespace CollectiveAlignment.Web.Infrastructure.Database;

/// <summary>Registers the database context for the configured provider.</summary>
public static class DatabaseServiceCollectionExtensions
{
    /// <summary>Adds <see cref="AppDbContext"/>, the audit log and the start-up migrator.</summary>
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.SectionName);
        var dataDirectory = PortalPaths.DataDirectory(configuration, environment);
        // The factory serves interactive components (one short-lived context per operation); it also registers a scoped context for everything else.
        services.AddDbContextFactory<AppDbContext>(builder => DbContextOptionsConfigurator.Configure(builder, options, dataDirectory), ServiceLifetime.Scoped);
        services.AddDatabaseDeveloperPageExceptionFilter();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditChainVerifier>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Applies migrations when configured to (the SQLite default), before anything else touches the database.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        if (!options.ShouldMigrateOnStartup)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseInitializer.MigrateAsync(db);
    }
}
