using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CollectiveAlignment.Web.Infrastructure.Settings;

/// <summary>Binds settings classes so that a wrong value stops the portal at start-up rather than at first use.</summary>
public static class OptionsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to <paramref name="section"/>, validates its data annotations when the host
    /// starts, and lets services take the validated value itself as well as <see cref="IOptions{TOptions}"/>.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, string section)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<TOptions>>().Value);
        return services.AddOptions<TOptions>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
    }
}
