using System.Diagnostics;
using CollectiveAlignment.Data.Configuration;

namespace CollectiveAlignment.Web.Tests.Infrastructure;

/// <summary>Runs the portal's executable as an operator would, for the bootstrap command.</summary>
public sealed class PortalCommandsTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "ca-cmd-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private async Task<(int ExitCode, string Output, string Error)> RunPortalAsync(params string[] args)
    {
        var portal = Path.Combine(AppContext.BaseDirectory, "CollectiveAlignment.Web.dll");
        var start = new ProcessStartInfo("dotnet", [portal, .. args, "--DataDirectory", _dataDirectory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task AdminCreate_NewEmail_CreatesAConfirmedAdminAndPrintsItsPassword()
    {
        var (exitCode, output, error) = await RunPortalAsync("admin", "create", "--email", "first-admin@example.org");

        exitCode.ShouldBe(0, error);
        output.ShouldContain("Created admin first-admin@example.org with password: ");
        var options = new DbContextOptionsBuilder<Data.AppDbContext>();
        DbContextOptionsConfigurator.Configure(options, new DatabaseOptions(), _dataDirectory);
        await using var db = new Data.AppDbContext(options.UseIdentitySchema().Options);
        var user = await db.Users.SingleAsync(u => u.Email == "first-admin@example.org");
        user.EmailConfirmed.ShouldBeTrue();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name).ToListAsync();
        roles.ShouldBe([Roles.Admin]);
        (await db.AuditEntries.CountAsync(e => e.Action == "role.granted" && e.Subject == user.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task AdminCreate_WithoutEmail_FailsWithUsage()
    {
        var (exitCode, _, error) = await RunPortalAsync("admin", "create");

        exitCode.ShouldBe(2);
        error.ShouldContain("admin create needs --email");
        error.ShouldContain("Usage:");
    }
}
