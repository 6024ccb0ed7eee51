using CollectiveAlignment.Data.Configuration;
using CollectiveAlignment.Data.Identity;
using CollectiveAlignment.Web.Infrastructure.Settings;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.SqlServer;

namespace CollectiveAlignment.Web.Jobs;

/// <summary>Hangfire with the configured storage, our run table on top, and the admin-only dashboard.</summary>
public static class BackgroundJobsServiceCollectionExtensions
{
    /// <summary>The dashboard's address.</summary>
    public const string DashboardPath = "/admin/jobs";

    /// <summary>Adds Hangfire (in-memory or SQL Server storage), the run queue, the executor and start-up recovery.</summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(BackgroundJobsOptions.SectionName).Get<BackgroundJobsOptions>() ?? new BackgroundJobsOptions();
        services.AddValidatedOptions<BackgroundJobsOptions>(BackgroundJobsOptions.SectionName);

        // Storage and activator belong to this host, registered before AddHangfire (which otherwise adds Hangfire's
        // process-wide JobStorage.Current and JobActivator.Current, both set by whichever host configured last): two
        // hosts in one process, as in the end-to-end tests, must neither share an in-memory queue nor run a job in
        // the other's (possibly disposed) service provider, which left a run waiting for Hangfire's retry.
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<JobStorage>(_ => options.Storage switch
        {
            JobStorageKind.InMemory => new InMemoryStorage(),
            JobStorageKind.SqlServer => new SqlServerStorage(SqlServerConnection(options, configuration), new SqlServerStorageOptions { PrepareSchemaIfNecessary = true }),
            _ => throw new InvalidOperationException($"Unknown BackgroundJobs:Storage '{options.Storage}'. Use InMemory or SqlServer."),
        });
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        if (options.RunServer)
        {
            services.AddHangfireServer(server => server.WorkerCount = Math.Max(1, options.WorkerCount));
        }

        services.AddScoped<JobRunScheduler>();
        services.AddScoped<JobRunExecutor>();
        services.AddSingleton<JobRunStore>();
        services.AddHostedService<UnfinishedRunRecovery>();
        return services;
    }

    private static string SqlServerConnection(BackgroundJobsOptions options, IConfiguration configuration)
    {
        var connection = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.ConnectionString
            : options.ConnectionString;
        return string.IsNullOrWhiteSpace(connection)
            ? throw new InvalidOperationException("BackgroundJobs:Storage is SqlServer but neither BackgroundJobs:ConnectionString nor Database:ConnectionString is set.")
            : connection;
    }

    /// <summary>Maps the dashboard for admins only (Hangfire's default lets any local request in).</summary>
    public static IEndpointRouteBuilder MapBackgroundJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHangfireDashboardWithAuthorizationPolicy(
            Infrastructure.Security.Policies.Admin,
            DashboardPath,
            new DashboardOptions { DashboardTitle = "CollectiveAlignment jobs", AppPath = "/admin", DisplayStorageConnectionString = false });
        return endpoints;
    }

    /// <summary>The role the dashboard requires, for documentation and tests.</summary>
    public const string DashboardRole = Roles.Admin;
}
