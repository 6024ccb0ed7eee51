using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CollectiveAlignment.Web.Infrastructure.Localisation;

/// <summary>
/// Localised text that carries its own inline markup (<c>&lt;strong&gt;</c>, a link), so a translation can move the
/// emphasis with the words instead of the page gluing sentence fragments together.
/// </summary>
public static class HtmlLocalizerExtensions
{
    /// <summary>
    /// The resource <paramref name="key"/> as markup, with every argument HTML-encoded before it is placed. The resource
    /// text itself is trusted: it comes from our resource files, never from users.
    /// </summary>
    public static MarkupString Html(this IStringLocalizer localizer, string key, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(arguments);
        var encoded = arguments.Select(a => (object)HtmlEncoder.Default.Encode(Convert.ToString(a, CultureInfo.CurrentCulture) ?? "")).ToArray();
        return new MarkupString(string.Format(CultureInfo.CurrentCulture, localizer[key].Value, encoded));
    }
}
