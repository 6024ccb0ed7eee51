using Microsoft.Extensions.Options;

namespace CollectiveAlignment.Web.Tests.Infrastructure.Settings;

/// <summary>Settings are checked when the portal starts, not when a job first needs them.</summary>
public sealed class StartupValidationTests
{
    private static OptionsValidationException StartFailure(PortalFactory portal)
    {
        var error = Should.Throw<Exception>(() => portal.Server);
        // The host may wrap the validation failure; the innermost options failure carries the message.
        while (error is not OptionsValidationException && error.InnerException is not null)
        {
            error = error.InnerException;
        }

        return error.ShouldBeOfType<OptionsValidationException>();
    }

    [Theory]
    [InlineData("https://localhost")]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://[::1]/portal")]
    public void Start_InProductionWithALoopbackPublicBaseUrl_IsRefusedNamingTheSetting(string url)
    {
        using var portal = new PortalFactory();
        portal.Settings["environment"] = "Production";
        portal.Settings["Invitations:PublicBaseUrl"] = url;

        var error = StartFailure(portal);

        error.Message.ShouldContain("Invitations:PublicBaseUrl");
        error.Message.ShouldContain(url);
    }

    [Fact]
    public void Start_WithAnSmtpPortOutOfRange_IsRefusedNamingThePort()
    {
        using var portal = new PortalFactory();
        portal.Settings["Email:Smtp:Port"] = "70000";

        var error = StartFailure(portal);

        error.Message.ShouldContain("Port");
    }

    [Fact]
    public void Start_WithSmtpDeliveryAndNoHost_IsRefused()
    {
        using var portal = new PortalFactory();
        portal.Settings["Email:Delivery"] = "Smtp";
        portal.Settings["Email:Smtp:Host"] = "";

        var error = StartFailure(portal);

        error.Message.ShouldContain("Email:Smtp:Host");
    }

    [Fact]
    public void Start_WithAPublicBaseUrlThatIsNotAUrl_IsRefused()
    {
        using var portal = new PortalFactory();
        portal.Settings["Invitations:PublicBaseUrl"] = "portal.example.org";

        var error = StartFailure(portal);

        error.Message.ShouldContain("PublicBaseUrl");
    }
}
