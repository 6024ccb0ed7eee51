using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using CollectiveAlignment.Web.Infrastructure.Settings;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CollectiveAlignment.Web.Tests.Infrastructure.Settings;

public sealed class InvitationOptionsValidatorTests
{
    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "CollectiveAlignment.Web";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static bool Accepts(string environment, string url) =>
        new InvitationOptionsValidator(new Environment(environment)).Validate(null, new InvitationOptions { PublicBaseUrl = url }).Succeeded;

    [Theory]
    [InlineData("Development", "http://localhost:5027", true)]
    [InlineData("Development", "http://127.0.0.1:5027", true)]
    [InlineData("Production", "https://portal.example.org", true)]
    [InlineData("Staging", "https://portal.example.org/", true)]
    [InlineData("Production", "https://localhost", false)]
    [InlineData("Production", "https://LOCALHOST:8443", false)]
    [InlineData("Staging", "http://127.0.0.1", false)]
    [InlineData("Testing", "http://[::1]:8080", false)]
    public void Validate_LoopbackAddressOutsideDevelopment_IsRefused(string environment, string url, bool accepted)
    {
        Accepts(environment, url).ShouldBe(accepted);
    }
}
