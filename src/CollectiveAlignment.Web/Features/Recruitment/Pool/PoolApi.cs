using System.Security.Claims;
using System.Text;
using CollectiveAlignment.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CollectiveAlignment.Web.Features.Recruitment.Pool;

/// <summary>Research: a process's pool as Sortition Foundation people CSV files, and removing an imported person.</summary>
public static class PoolApi
{
    /// <summary>Maps the endpoints into the <c>/processes/{slug}</c> group.</summary>
    public static RouteGroupBuilder MapPoolApi(this RouteGroupBuilder process)
    {
        ArgumentNullException.ThrowIfNull(process);
        process.MapGet("/pool", GetPoolCsv)
            .WithName("GetPoolCsv")
            .WithSummary("The pool (withdrawn volunteers excluded) as a people CSV file; includeEmail=true adds an email column (audited).")
            .ProducesCsv();
        process.MapPost("/pool", PostPoolCsv)
            .WithName("PostPoolCsv")
            .WithSummary("Adds the people of a people CSV file to the pool; errors name the line.")
            .AcceptsCsv("The people file has an error", "The people cannot be imported");
        process.MapDelete("/pool/{externalId}", DeleteImportedPerson)
            .WithName("DeleteImportedPerson")
            .WithSummary("Removes an imported person at their request: answers, e-mail address and household key erased, an open invitation cancelled.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return process;
    }

    /// <summary>The pool as a people CSV file.</summary>
    public static async Task<ContentHttpResult> GetPoolCsv(string slug, bool? includeEmail, ClaimsPrincipal user, ExportPoolHandler handler, CancellationToken ct) =>
        TypedResults.Text(await handler.HandleAsync(user.UserId(), slug, includeEmail ?? false, ct), RecruitmentFeature.Csv, Encoding.UTF8);

    /// <summary>Imports a people CSV file.</summary>
    public static async Task<Ok<CsvImportResponse>> PostPoolCsv(string slug, HttpRequest request, ClaimsPrincipal user, ImportPoolHandler handler, CancellationToken ct)
    {
        var csv = await CsvInput.ReadBodyAsync(request);
        return TypedResults.Ok(new CsvImportResponse(await handler.HandleAsync(user.UserId(), slug, csv, ct)));
    }

    /// <summary>Removes an imported person.</summary>
    public static async Task<NoContent> DeleteImportedPerson(string slug, string externalId, ClaimsPrincipal user, RemoveImportedPersonHandler handler, CancellationToken ct)
    {
        await handler.HandleAsync(user.UserId(), slug, externalId, ct);
        return TypedResults.NoContent();
    }
}
