namespace CollectiveAlignment.Web.Infrastructure.Api;

/// <summary>The versioned HTTP API's shared group; each feature maps its own resources into it.</summary>
public static class ApiV1
{
    /// <summary>The route prefix of version 1.</summary>
    public const string Prefix = "/api/v1";

    /// <summary>A group under <see cref="Prefix"/> in the <c>v1</c> OpenAPI document, for one feature's endpoints.</summary>
    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup(Prefix).WithGroupName("v1").DisableAntiforgery();

    /// <summary>Anything else under the prefix is a 404 with problem details, never the portal's HTML page.</summary>
    public static IEndpointRouteBuilder MapApiV1Fallback(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiV1().MapFallback(() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No API resource at this address."));
        return endpoints;
    }
}
