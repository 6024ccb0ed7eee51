using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Identity;
using CollectiveAlignment.Web.Infrastructure.Demo;
using Microsoft.AspNetCore.Identity;

namespace CollectiveAlignment.Web.Infrastructure.Commands;

/// <summary>
/// Operator commands run by the portal's own executable instead of serving pages, so they use exactly the portal's
/// configuration (provider, connection string):
/// <list type="bullet">
/// <item><c>admin create --email ADDRESS [--password PASSWORD]</c>: creates (or promotes) an admin; prints a generated password.</item>
/// <item><c>db migrate</c>: applies pending migrations (for SQL Server deployments that do not migrate at start-up).</item>
/// </list>
/// </summary>
public static class PortalCommands
{
    private const string Usage = """
        Usage:
          admin create --email ADDRESS [--password PASSWORD]   create the first admin (or make an account admin)
          db migrate                                           apply pending database migrations
        """;

    /// <summary>True when <paramref name="args"/> names a command rather than asking to serve the portal.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "admin" or "db";

    /// <summary>Runs the command in <paramref name="args"/>; returns the process exit code.</summary>
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            return (args.ElementAtOrDefault(0), args.ElementAtOrDefault(1)) switch
            {
                ("db", "migrate") => await MigrateAsync(app),
                ("admin", "create") => await CreateAdminAsync(app, args[2..]),
                _ => Fail($"Unknown command '{string.Join(' ', args)}'."),
            };
        }
        catch (InvalidOperationException ex)
        {
            return Fail(ex.Message);
        }
    }

    private static async Task<int> MigrateAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseInitializer.MigrateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        Console.WriteLine("The database is up to date.");
        return 0;
    }

    private static async Task<int> CreateAdminAsync(WebApplication app, string[] options)
    {
        var email = Option(options, "--email");
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            return Fail("admin create needs --email with an e-mail address.");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await DatabaseInitializer.MigrateAsync(services.GetRequiredService<AppDbContext>());
        await RoleSeeder.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        var password = await services.GetRequiredService<AccountProvisioner>()
            .EnsureAsync(email, Option(options, "--password"), [Roles.Admin], "cli");
        Console.WriteLine(password is null
            ? $"{email} already existed; it now holds the Admin role."
            : $"Created admin {email} with password: {password}");
        return 0;
    }

    private static string? Option(string[] options, string name)
    {
        var index = Array.IndexOf(options, name);
        return index >= 0 && index + 1 < options.Length ? options[index + 1] : null;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
