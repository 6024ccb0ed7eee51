using CollectiveAlignment.Web.Features.Account;
using CollectiveAlignment.Web.Features.Audit;
using CollectiveAlignment.Web.Features.Methods;
using CollectiveAlignment.Web.Features.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment.SignUp;
using CollectiveAlignment.Web.Features.Roles;
using CollectiveAlignment.Web.Features.Runs;

namespace CollectiveAlignment.Web.Infrastructure.Api;

/// <summary>Maps the versioned HTTP API. Each resource has its own <c>MapXApi</c> in this folder.</summary>
public static class ApiV1
{
    /// <summary>The route prefix of version 1.</summary>
    public const string Prefix = "/api/v1";

    /// <summary>Maps every version 1 resource under <see cref="Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapApiV1(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix).WithGroupName("v1").DisableAntiforgery();
        api.MapMeApi();
        api.MapUsersApi();
        api.MapRunsApi();
        api.MapAuditApi();
        api.MapMethodsApi();
        api.MapRecruitmentApi();
        api.MapParticipationApi();
        // Anything else under the prefix is a 404 with problem details, never the portal's HTML page.
        api.MapFallback(() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No API resource at this address."));
        return endpoints;
    }
}
