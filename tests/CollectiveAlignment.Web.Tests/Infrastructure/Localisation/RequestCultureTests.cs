using System.Net.Http.Headers;
using CollectiveAlignment.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace CollectiveAlignment.Web.Tests.Infrastructure.Localisation;

public sealed class RequestCultureTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public RequestCultureTests(PortalFactory portal) => _portal = portal;

    private async Task<string> HomePageAsync(string? acceptLanguage)
    {
        var client = _portal.CreatePlainClient();
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse(acceptLanguage));
        }

        var response = await client.GetAsync("/");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // Text from resources is HTML-encoded (lab&#x27;s) where literal markup was not; the text a reader sees is the same.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public async Task HomePage_AnyRequestCulture_IsEnglishWithLangEn(string? acceptLanguage)
    {
        var html = await HomePageAsync(acceptLanguage);

        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("The public, not only a lab's staff, decides how AI models should behave.");
        html.ShouldContain("<li><strong>Recruit</strong> a panel that looks like the population, by a fair and auditable lottery.</li>");
    }

    [Fact]
    public void RequestLocalization_Defaults_OfferEnglishOnly()
    {
        var options = _portal.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value;

        options.DefaultRequestCulture.Culture.Name.ShouldBe("en");
        options.SupportedCultures!.Select(c => c.Name).ShouldBe(["en"]);
        options.SupportedUICultures!.Select(c => c.Name).ShouldBe(["en"]);
    }

    [Fact]
    public void EffectiveCultures_ConfiguredExtras_FollowTheDefaultWithoutDuplicates()
    {
        var options = new LocalisationOptions { SupportedCultures = { "fr", "EN", "de" } };

        options.EffectiveCultures().ShouldBe(["en", "fr", "de"]);
    }
}
