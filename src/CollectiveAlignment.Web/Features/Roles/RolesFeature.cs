using CollectiveAlignment.Web.Infrastructure.Api;

namespace CollectiveAlignment.Web.Features.Roles;

/// <summary>Role administration: the roles page and the users API share <see cref="RoleAdministration"/>.</summary>
public static class RolesFeature
{
    /// <summary>Adds the role administration.</summary>
    public static IServiceCollection AddRoles(this IServiceCollection services)
    {
        services.AddScoped<RoleAdministration>();
        return services;
    }

    /// <summary>Maps <c>/api/v1/users/…</c>.</summary>
    public static IEndpointRouteBuilder MapRoles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiV1().MapUsersApi();
        return endpoints;
    }
}
