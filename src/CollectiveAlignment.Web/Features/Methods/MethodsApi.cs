using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Registry;
using CollectiveAlignment.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CollectiveAlignment.Web.Features.Methods;

/// <summary><c>GET /api/v1/methods</c>: the aggregation method catalog, the same as <c>calign methods --json</c> lists.</summary>
public static class MethodsApi
{
    /// <summary>One method of the catalog.</summary>
    public sealed record MethodResponse(
        string Id,
        int Version,
        string Name,
        string Family,
        string BallotKind,
        IReadOnlyList<string> Satisfies,
        IReadOnlyList<string> Violates,
        IReadOnlyList<string> Parameters,
        string TieRule,
        string Citation);

    /// <summary>Maps the resource.</summary>
    public static RouteGroupBuilder MapMethodsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/methods", ListMethods)
            .RequireAuthorization(Policies.Research)
            .WithTags("Methods")
            .WithName("ListMethods")
            .WithSummary("The aggregation method catalog with claimed properties.");
        return api;
    }

    /// <summary>The catalog, ordered by id.</summary>
    public static Ok<List<MethodResponse>> ListMethods(MethodRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return TypedResults.Ok(registry.Methods
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => new MethodResponse(
                m.Id,
                m.Version,
                m.Metadata.DisplayName,
                m.Metadata.Family,
                m.Metadata.BallotKind.ToString(),
                Names(m, Claim.Satisfies),
                Names(m, Claim.Violates),
                m.Metadata.Parameters.Select(p => $"{p.Name}={p.Default}").ToList(),
                m.Metadata.TieRule,
                m.Metadata.Citation))
            .ToList());
    }

    private static List<string> Names(RegisteredMethod method, Claim claim) =>
        method.Metadata.Claims.Where(c => c.Value == claim).Select(c => c.Key.ToString()).Order(StringComparer.Ordinal).ToList();
}
