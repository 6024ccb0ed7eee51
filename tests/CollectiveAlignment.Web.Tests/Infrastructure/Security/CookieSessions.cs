using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CollectiveAlignment.Web.Tests.Infrastructure.Security;

/// <summary>Real Identity cookie sessions: each client signs in through the form and keeps its own cookie jar.</summary>
public static partial class CookieSessions
{
    /// <summary>A new client signed in as <paramref name="email"/> through the sign-in form.</summary>
    public static async Task<HttpClient> SignInAsync(PortalFactory portal, string email, string password)
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await PostFormAsync(client, "/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        return client;
    }

    /// <summary>Posts a Blazor form of <paramref name="page"/> the way a browser does, with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string page, string formName, Dictionary<string, string> fields, string? host = null)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, page);
        using var post = new HttpRequestMessage(HttpMethod.Post, page);
        if (host is not null)
        {
            get.Headers.Host = host;
            post.Headers.Host = host;
        }

        var form = await (await client.SendAsync(get)).Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(form).Groups["token"].Value;
        token.ShouldNotBeNullOrEmpty();
        fields["_handler"] = formName;
        fields["__RequestVerificationToken"] = token;
        post.Content = new FormUrlEncodedContent(fields);
        return await client.SendAsync(post);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
