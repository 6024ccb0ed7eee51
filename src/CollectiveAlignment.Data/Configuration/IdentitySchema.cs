using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveAlignment.Data.Configuration;

/// <summary>
/// Identity builds its tables from <see cref="IdentityOptions"/> in the application's services. The portal sets schema
/// version 3 (passkeys) there; design-time factories and tests have no portal, so they get the same options from here.
/// </summary>
public static class IdentitySchema
{
    /// <summary>The Identity schema version of our model.</summary>
    public static readonly Version Version = IdentitySchemaVersions.Version3;

    /// <summary>Sets the schema version on Identity options.</summary>
    public static void Apply(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Stores.SchemaVersion = Version;
    }

    /// <summary>Gives a context built outside the portal the same Identity options as the portal.</summary>
    public static DbContextOptionsBuilder<TContext> UseIdentitySchema<TContext>(this DbContextOptionsBuilder<TContext> builder)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = new ServiceCollection().AddOptions().Configure<IdentityOptions>(Apply).BuildServiceProvider();
        return builder.UseApplicationServiceProvider(services);
    }
}
