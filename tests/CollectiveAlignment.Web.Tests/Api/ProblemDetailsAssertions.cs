using System.Text.Json;

namespace CollectiveAlignment.Web.Tests.Api;

internal static class ProblemDetailsAssertions
{
    /// <summary>Asserts an RFC 9457 problem details response with the given status, and returns its JSON.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("status").GetInt32().ShouldBe((int)status);
        json.TryGetProperty("title", out _).ShouldBeTrue();
        return json;
    }
}
