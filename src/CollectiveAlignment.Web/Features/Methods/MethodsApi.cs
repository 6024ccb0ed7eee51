using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Registry;
using CollectiveAlignment.Web.Infrastructure.Security;

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
        api.MapGet("/methods", (MethodRegistry registry) => TypedResults.Ok(registry.Methods
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
                .ToList()))
            .RequireAuthorization(Policies.Research)
            .WithTags("Methods")
            .WithName("ListMethods")
            .WithSummary("The aggregation method catalog with claimed properties.");
        return api;
    }

    private static List<string> Names(RegisteredMethod method, Claim claim) =>
        method.Metadata.Claims.Where(c => c.Value == claim).Select(c => c.Key.ToString()).Order(StringComparer.Ordinal).ToList();
}
