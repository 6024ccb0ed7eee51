using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using CollectiveAlignment.Web.Infrastructure.Localisation;

namespace CollectiveAlignment.Web.Tests.Infrastructure.Localisation;

/// <summary>Localizers over the portal's real resource files, for classes built by hand outside the host.</summary>
internal static class TestLocalizers
{
    private static readonly ResourceManagerStringLocalizerFactory Factory = new(
        Options.Create(new LocalizationOptions { ResourcesPath = LocalisationServiceCollectionExtensions.ResourcesPath }),
        NullLoggerFactory.Instance);

    public static IStringLocalizer<T> For<T>() => new StringLocalizer<T>(Factory);
}
