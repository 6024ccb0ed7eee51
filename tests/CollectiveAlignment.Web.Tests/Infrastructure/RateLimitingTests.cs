using CollectiveAlignment.Web.Tests.Api;

namespace CollectiveAlignment.Web.Tests.Infrastructure;

public sealed class RateLimitingTests : IDisposable
{
    private readonly PortalFactory _portal = new() { Settings = { ["RateLimits:AccountPostsPerMinute"] = "3" } };

    public void Dispose() => _portal.Dispose();

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/Account/Register")]
    public async Task AccountPosts_OverTheLimit_Return429ProblemDetails(string path)
    {
        var client = _portal.CreatePlainClient();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.PostAsync(path, new FormUrlEncodedContent([]));
            allowed.StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        }

        var rejected = await client.PostAsync(path, new FormUrlEncodedContent([]));

        await rejected.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        rejected.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task PageViews_AreNotLimited()
    {
        var client = _portal.CreatePlainClient();
        for (var i = 0; i < 10; i++)
        {
            (await client.GetAsync("/Account/Login")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }
}
