using Microsoft.AspNetCore.Identity;

namespace CollectiveAlignment.Web.Infrastructure.Demo;

/// <summary>Start-up data: the roles always, the demo accounts when <c>Demo:Seed</c> is true.</summary>
public static class StartupSeeding
{
    /// <summary>Registers the provisioner and the demo seeder.</summary>
    public static IServiceCollection AddStartupSeeding(this IServiceCollection services)
    {
        services.AddScoped<AccountProvisioner>();
        services.AddScoped<DemoSeeder>();
        return services;
    }

    /// <summary>Seeds roles and, if configured, demo accounts.</summary>
    public static async Task SeedAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await RoleSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        if (app.Configuration.GetValue<bool>("Demo:Seed"))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(Console.Out);
        }
    }
}
