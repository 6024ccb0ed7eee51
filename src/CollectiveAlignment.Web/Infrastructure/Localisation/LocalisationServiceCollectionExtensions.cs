using Microsoft.Extensions.Options;

namespace CollectiveAlignment.Web.Infrastructure.Localisation;

/// <summary>Localised text from resource files and the request's culture, chosen among <see cref="LocalisationOptions"/>.</summary>
public static class LocalisationServiceCollectionExtensions
{
    /// <summary>The folder of the .resx files; a type's file mirrors its namespace below the project's root namespace.</summary>
    public const string ResourcesPath = "Resources";

    /// <summary>Adds <c>IStringLocalizer&lt;T&gt;</c> over <see cref="ResourcesPath"/> and the request-culture settings.</summary>
    public static IServiceCollection AddPortalLocalisation(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = ResourcesPath);
        services.AddOptions<LocalisationOptions>().BindConfiguration(LocalisationOptions.SectionName);
        services.AddOptions<RequestLocalizationOptions>().Configure<IOptions<LocalisationOptions>>((request, localisation) =>
        {
            var cultures = localisation.Value.EffectiveCultures();
            request.SetDefaultCulture(cultures[0]).AddSupportedCultures([.. cultures]).AddSupportedUICultures([.. cultures]);
            // Accept-Language "en-GB" falls back to "en"; the culture is also applied to dates and numbers.
            request.FallBackToParentCultures = true;
            request.FallBackToParentUICultures = true;
        });
        return services;
    }
}
