namespace CollectiveAlignment.Web.Infrastructure.Localisation;

/// <summary>The cultures the portal offers (configuration section <c>Localisation</c>), the one place they are listed.</summary>
public sealed class LocalisationOptions
{
    public const string SectionName = "Localisation";

    /// <summary>The culture used when a request asks for none we support, and the language of the neutral resource files.</summary>
    public string DefaultCulture { get; set; } = "en";

    /// <summary>
    /// Further cultures with resource files. Empty by default (English only); left empty rather than pre-filled because
    /// configuration binding appends to a pre-filled list instead of replacing it.
    /// </summary>
    public IList<string> SupportedCultures { get; } = [];

    /// <summary>The default culture first, then the others, without duplicates.</summary>
    public IReadOnlyList<string> EffectiveCultures() =>
        [.. new[] { DefaultCulture }.Concat(SupportedCultures).Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.OrdinalIgnoreCase)];
}
