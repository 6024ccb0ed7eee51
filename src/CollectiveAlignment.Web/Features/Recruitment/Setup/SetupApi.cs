using System.Security.Claims;
using System.Text;
using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CollectiveAlignment.Web.Features.Recruitment.Setup;

/// <summary>Research: a process's categories as a CSV file, its household rule, and closing it.</summary>
public static class SetupApi
{
    /// <summary>The household rule to set.</summary>
    /// <param name="OnePerHousehold">Whether at most one person per household may be selected.</param>
    public sealed record HouseholdRuleRequest(bool OnePerHousehold);

    /// <summary>A closed process.</summary>
    /// <param name="Status">Always <c>Closed</c>.</param>
    /// <param name="CancelledInvitations">Unanswered invitations that closing cancelled.</param>
    public sealed record CloseResponse(string Status, int CancelledInvitations);

    /// <summary>Maps the endpoints into the <c>/processes/{slug}</c> group.</summary>
    public static RouteGroupBuilder MapSetupApi(this RouteGroupBuilder process)
    {
        ArgumentNullException.ThrowIfNull(process);
        process.MapGet("/categories", GetCategoriesCsv)
            .WithName("GetCategoriesCsv")
            .WithSummary("The categories as a categories CSV file (feature,value,min,max,min_flex,max_flex,population_share).")
            .ProducesCsv();
        process.MapPut("/categories", PutCategoriesCsv)
            .WithName("PutCategoriesCsv")
            .WithSummary("Replaces the categories with a categories CSV file; errors name the line.")
            .AcceptsCsv("The categories file has an error", "The categories cannot be imported");
        process.MapPut("/household-rule", PutHouseholdRule)
            .WithName("PutHouseholdRule")
            .WithSummary("Switches the one-per-household rule on or off for later selection runs.")
            .ChangesState("The household rule cannot be changed");
        process.MapPost("/close", CloseProcess)
            .WithName("CloseProcess")
            .WithSummary("Closes the process for good: sign-up, selection runs, invitations and replacements stop; the data stays. 409 if it is already closed.")
            .ChangesState("The process cannot be closed");
        return process;
    }

    /// <summary>The categories CSV file.</summary>
    public static async Task<ContentHttpResult> GetCategoriesCsv(string slug, AppDbContext db, CancellationToken ct) =>
        TypedResults.Text(CategoriesHandler.Export(await db.RequireProcessAsync(slug, ct)), RecruitmentFeature.Csv, Encoding.UTF8);

    /// <summary>Replaces the categories.</summary>
    public static async Task<Ok<CsvImportResponse>> PutCategoriesCsv(string slug, HttpRequest request, ClaimsPrincipal user, CategoriesHandler handler, CancellationToken ct)
    {
        var csv = await CsvInput.ReadBodyAsync(request);
        return TypedResults.Ok(new CsvImportResponse(await handler.ImportAsync(user.UserId(), slug, csv, ct)));
    }

    /// <summary>Sets the household rule.</summary>
    public static async Task<NoContent> PutHouseholdRule(string slug, HouseholdRuleRequest body, ClaimsPrincipal user, HouseholdRuleHandler handler, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        await handler.HandleAsync(user.UserId(), slug, body.OnePerHousehold, ct);
        return TypedResults.NoContent();
    }

    /// <summary>Closes the process.</summary>
    public static async Task<Ok<CloseResponse>> CloseProcess(string slug, ClaimsPrincipal user, CloseProcessHandler handler, CancellationToken ct) =>
        TypedResults.Ok(new CloseResponse(nameof(ProcessStatus.Closed), await handler.HandleAsync(user.UserId(), slug, ct)));
}
