using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace CollectiveAlignment.Web.Infrastructure.Security;

/// <summary>
/// Outside Development, answers only requests addressed to the portal's public host (and any host listed explicitly in
/// <c>AllowedHosts</c>); ASP.NET Core's host filtering refuses the others with 400. A shipped <c>AllowedHosts</c> of
/// <c>*</c> would otherwise let any <c>Host</c> header through to code that trusts it.
/// </summary>
public static class HostFiltering
{
    private const string AnyHost = "*";

    /// <summary>Narrows the host filter to <see cref="AllowedHosts"/> outside Development; Development keeps what is configured.</summary>
    public static IServiceCollection AddPortalHostFiltering(this IServiceCollection services, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.IsDevelopment())
        {
            return services;
        }

        // Runs after the web host's own post-configuration, which has already read AllowedHosts (or put "*").
        services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<InvitationOptions>>((filter, invitations) =>
            filter.AllowedHosts = AllowedHosts(filter.AllowedHosts, invitations.Value.PublicBaseUrl));
        return services;
    }

    /// <summary>The explicitly configured hosts without the <c>*</c> wildcard, plus the host of <paramref name="publicBaseUrl"/>.</summary>
    public static IList<string> AllowedHosts(IEnumerable<string>? configured, string publicBaseUrl)
    {
        var hosts = (configured ?? []).Where(h => !string.IsNullOrWhiteSpace(h) && h.Trim() != AnyHost).Select(h => h.Trim()).ToList();
        if (Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var url))
        {
            hosts.Insert(0, url.Host);
        }

        return hosts.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
