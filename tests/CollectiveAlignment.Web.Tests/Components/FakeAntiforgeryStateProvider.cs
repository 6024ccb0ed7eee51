using Microsoft.AspNetCore.Components.Forms;

namespace CollectiveAlignment.Web.Tests.Components;

/// <summary>Supplies a fixed antiforgery token so forms render outside a request.</summary>
public sealed class FakeAntiforgeryStateProvider : AntiforgeryStateProvider
{
    public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
}
