using CollectiveAlignment.Data.Identity;

namespace CollectiveAlignment.Web.Infrastructure.Demo;

/// <summary>
/// Creates one demo account per role when <c>Demo:Seed</c> is true (the Development default) and prints each new
/// account's password once, to the console. Existing accounts are left alone, so passwords are never printed twice.
/// </summary>
public sealed class DemoSeeder(AccountProvisioner provisioner, ILogger<DemoSeeder> logger)
{
    /// <summary>The demo accounts: e-mail and roles.</summary>
    public static IReadOnlyList<(string Email, string[] Roles)> Accounts { get; } =
    [
        ("admin@demo.invalid", [Roles.Admin, Roles.Researcher]),
        ("moderator@demo.invalid", [Roles.Moderator, Roles.Participant]),
        ("researcher@demo.invalid", [Roles.Researcher]),
        ("approver@demo.invalid", [Roles.Approver]),
        ("participant@demo.invalid", [Roles.Participant]),
    ];

    /// <summary>Creates the missing demo accounts and prints their credentials.</summary>
    public async Task SeedAsync(TextWriter console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var created = new List<(string Email, string Password, string[] Roles)>();
        foreach (var (email, roles) in Accounts)
        {
            var password = await provisioner.EnsureAsync(email, null, roles, "system");
            if (password is not null)
            {
                created.Add((email, password, roles));
            }
        }

        if (created.Count == 0)
        {
            return;
        }

        logger.LogInformation("Created {Count} demo account(s); their passwords are printed once on the console", created.Count);
        await console.WriteLineAsync();
        await console.WriteLineAsync("Demo accounts (shown once; keep them, or create an admin with `-- admin create --email ...`):");
        foreach (var (email, password, roles) in created)
        {
            await console.WriteLineAsync($"  {email,-28} {password}   ({string.Join(", ", roles)})");
        }

        await console.WriteLineAsync();
    }
}
