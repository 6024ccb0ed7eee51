using CollectiveAlignment.Data;
using CollectiveAlignment.Web.Jobs;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace CollectiveAlignment.Web.Tests.Infrastructure;

/// <summary>
/// The real portal on a fresh SQLite file, in-memory Hangfire and a pickup folder for e-mail, all in a temporary data
/// directory. Requests carrying <see cref="TestAuthHandler.UserHeader"/> are signed in as that user; others go through
/// the real Identity cookie.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private const string TestOrCookie = "TestOrCookie";

    /// <summary>The portal's data directory; a new temporary folder unless a test shares one between hosts.</summary>
    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "ca-web-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Whether disposing deletes <see cref="DataDirectory"/>; a host that hands its database to the next keeps it.</summary>
    public bool DeleteDataOnDispose { get; init; } = true;

    /// <summary>The invitation links' base address the test host is given.</summary>
    public const string PublicBaseUrl = "https://portal.example.org";

    public string MailDirectory => Path.Combine(DataDirectory, "mail");

    /// <summary>Extra services for one test (e.g. a job handler), applied after the portal's own.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Extra settings for one test.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("DataDirectory", DataDirectory);
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("RateLimits:AccountPostsPerMinute", "1000");
        // Not Development, so the portal refuses a loopback address here: tests run with a public-looking one.
        builder.UseSetting("Invitations:PublicBaseUrl", PublicBaseUrl);
        // Outside Development only the public host is answered; test clients address the host as localhost.
        builder.UseSetting("AllowedHosts", "localhost");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication(options => options.DefaultScheme = TestOrCookie)
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { })
                .AddPolicyScheme(TestOrCookie, "Test header or Identity cookie", options =>
                    options.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(TestAuthHandler.UserHeader)
                        ? TestAuthHandler.SchemeName
                        : IdentityConstants.ApplicationScheme);
            ConfigureServices?.Invoke(services);
        });
    }

    /// <summary>A client that does not follow redirects, so tests can see them.</summary>
    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client signed in as <paramref name="userId"/> with <paramref name="roles"/>.</summary>
    public HttpClient CreateClientAs(string userId, params string[] roles)
    {
        var client = CreatePlainClient();
        client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, userId);
        client.DefaultRequestHeaders.Add(TestAuthHandler.RolesHeader, string.Join(',', roles));
        return client;
    }

    /// <summary>Runs <paramref name="action"/> with a fresh database context of this portal.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider);
    }

    /// <summary>Creates a confirmed account with <paramref name="roles"/> and returns its id.</summary>
    public Task<string> CreateUserAsync(string email, string password, params string[] roles) =>
        WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            foreach (var role in roles)
            {
                await users.AddToRoleAsync(user, role);
            }

            return user.Id;
        });

    /// <summary>Waits until the run reaches a final status, or fails the test after <paramref name="timeout"/>.</summary>
    public async Task<Data.Jobs.JobRun> WaitForRunAsync(Guid runId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var run = await WithDbAsync((db, _) => db.JobRuns.FindAsync(runId).AsTask());
            if (run is { Status: Data.Jobs.JobRunStatus.Succeeded or Data.Jobs.JobRunStatus.Failed })
            {
                return run;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Run {runId} did not finish in {timeout}; last status {run?.Status}.");
            }

            await Task.Delay(100);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (disposing && DeleteDataOnDispose && Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Another host of the same test may still hold the folder; the OS cleans temporary folders.
        }
    }

    /// <summary>Registers an extra job handler (used by job tests).</summary>
    public static Action<IServiceCollection> WithHandler<THandler, TPayload>(string kind)
        where THandler : class, IJobHandler<TPayload> =>
        services => services.AddJobHandler<THandler, TPayload>(kind);
}
