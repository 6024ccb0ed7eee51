using CollectiveAlignment.Web.Infrastructure.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CollectiveAlignment.Web.Infrastructure.Security;

/// <summary>
/// Feeds <see cref="SessionSecurityOptions.SessionValidationInterval"/> to Identity's security-stamp validator, which checks
/// every cookie request, and to the Blazor circuit's revalidating authentication state provider.
/// </summary>
public static class SessionRevalidation
{
    /// <summary>Binds and validates the <c>Security</c> section and applies its interval to the cookie validator.</summary>
    public static IServiceCollection AddSessionRevalidation(this IServiceCollection services)
    {
        services.AddValidatedOptions<SessionSecurityOptions>(SessionSecurityOptions.SectionName);
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<SessionSecurityOptions>>((validator, session) =>
                validator.ValidationInterval = session.Value.SessionValidationInterval);
        return services;
    }

    /// <summary>
    /// The circuit's revalidation period: the configured interval, but never zero, because the circuit re-checks on a
    /// timer rather than per request and a zero period would spin.
    /// </summary>
    public static TimeSpan CircuitInterval(SessionSecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.SessionValidationInterval < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : options.SessionValidationInterval;
    }
}
