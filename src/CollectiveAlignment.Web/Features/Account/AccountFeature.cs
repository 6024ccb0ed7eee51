using CollectiveAlignment.Web.Infrastructure.Api;

namespace CollectiveAlignment.Web.Features.Account;

/// <summary>The signed-in user's own API. The Identity pages themselves stay in <c>Components/Account</c>, as scaffolded.</summary>
public static class AccountFeature
{
    /// <summary>Nothing to register yet: Identity is added by the portal's security set-up.</summary>
    public static IServiceCollection AddAccount(this IServiceCollection services) => services;

    /// <summary>Maps <c>/api/v1/me</c>.</summary>
    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiV1().MapMeApi();
        return endpoints;
    }
}
