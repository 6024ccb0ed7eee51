using CollectiveAlignment.Web.Features.Recruitment.Selection;
using CollectiveAlignment.Web.Infrastructure.Api;
using System.Text;
using System.Text.Json;
using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Sortition;
using CollectiveAlignment.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment;

/// <summary>Research: a process's categories and pool as Sortition Foundation CSV files, and its selection runs.</summary>
public static class RecruitmentApi
{
    /// <summary>A selection run as the API shows it: the background run and, once done, its published record.</summary>
    public sealed record SelectionRunResponse(
        Guid Id,
        string Status,
        int Progress,
        string? Message,
        string? Error,
        bool? Feasible,
        string? Algorithm,
        string? Seed,
        int? PoolSize,
        IReadOnlyList<string>? Panel,
        IReadOnlyDictionary<string, double>? Probabilities,
        IReadOnlyList<QuotaCheck>? Quotas,
        InfeasibilityExplanation? Infeasibility,
        bool? TookEffect = null,
        bool? OnePerHousehold = null,
        int? SupersededInvitations = null,
        int? ReleasedAccepted = null);

    /// <summary>The household rule to set.</summary>
    /// <param name="OnePerHousehold">Whether at most one person per household may be selected.</param>
    public sealed record HouseholdRuleRequest(bool OnePerHousehold);

    private const string Csv = "text/csv";

    /// <summary>Maps the resource.</summary>
    public static RouteGroupBuilder MapRecruitmentApi(this RouteGroupBuilder api)
    {
        var processes = api.MapGroup("/processes/{slug}").RequireAuthorization(Policies.Research).WithTags("Recruitment");

        processes.MapGet("/categories", async (string slug, RecruitmentService recruitment, CancellationToken ct) =>
                await recruitment.FindAsync(slug, ct) is { } process
                    ? Results.Text(RecruitmentService.ExportCategories(process), Csv, Encoding.UTF8)
                    : NoProcess(slug))
            .WithName("GetCategoriesCsv")
            .WithSummary("The categories as a categories CSV file (feature,value,min,max,min_flex,max_flex,population_share).");

        processes.MapPut("/categories", async (string slug, HttpRequest request, RecruitmentService recruitment, CancellationToken ct) =>
                await CsvImportAsync(slug, request, (actor, csv) => recruitment.ImportCategoriesAsync(actor, slug, csv, ct), "categories"))
            .WithName("PutCategoriesCsv")
            .WithSummary("Replaces the categories with a categories CSV file; errors name the line.");

        processes.MapGet("/pool", async (string slug, bool? includeEmail, HttpContext context, RecruitmentService recruitment, CancellationToken ct) =>
                await recruitment.FindAsync(slug, ct) is { } process
                    ? Results.Text(await recruitment.ExportPoolAsync(process, context.User.UserId(), includeEmail ?? false, ct), Csv, Encoding.UTF8)
                    : NoProcess(slug))
            .WithName("GetPoolCsv")
            .WithSummary("The pool (withdrawn volunteers excluded) as a people CSV file; includeEmail=true adds an email column (audited).");

        processes.MapPost("/pool", async (string slug, HttpRequest request, RecruitmentService recruitment, CancellationToken ct) =>
                await CsvImportAsync(slug, request, (actor, csv) => recruitment.ImportPoolAsync(actor, slug, csv, ct), "people"))
            .WithName("PostPoolCsv")
            .WithSummary("Adds the people of a people CSV file to the pool; errors name the line.");

        processes.MapPost("/selection-runs", async (string slug, bool? releaseAccepted, HttpContext context, AppDbContext db, RecruitmentService recruitment, CancellationToken ct) =>
            {
                if (!await db.Processes.AnyAsync(p => p.Slug == slug, ct))
                {
                    return NoProcess(slug);
                }

                try
                {
                    var run = await recruitment.StartSelectionAsync(context.User.UserId(), slug, releaseAccepted ?? false, ct);
                    return Results.Accepted($"{ApiV1.Prefix}/processes/{slug}/selection-runs/{run.Id}", ToResponse(run, null));
                }
                catch (RecruitmentException ex)
                {
                    return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The selection cannot start", detail: ex.Message);
                }
            })
            .WithName("PostSelectionRun")
            .WithSummary("Starts a panel selection in the background; 202 with the run to poll. While members have accepted seats, 409 unless ?releaseAccepted=true confirms they may lose them.");

        processes.MapGet("/selection-runs", async (string slug, AppDbContext db, RecruitmentService recruitment, CancellationToken ct) =>
            {
                var process = await db.Processes.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct);
                if (process is null)
                {
                    return NoProcess(slug);
                }

                var runs = await recruitment.ListSelectionRunsAsync(process.Id, ct);
                var ids = runs.Select(r => r.Id).ToList();
                var records = await db.SelectionRuns.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
                return Results.Ok(runs.Select(r => ToResponse(r, records.GetValueOrDefault(r.Id))).ToList());
            })
            .WithName("ListSelectionRuns")
            .WithSummary("The process's selection runs, newest first.");

        processes.MapGet("/selection-runs/{id:guid}", async (string slug, Guid id, AppDbContext db, CancellationToken ct) =>
            {
                var run = await db.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.Kind == SelectPanelJob.JobKind, ct);
                var process = await db.Processes.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct);
                if (run is null || process is null || !SelectionRunRequest.PayloadsOf(process.Id).Contains(run.Payload))
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Process '{slug}' has no selection run {id}.");
                }

                return Results.Ok(ToResponse(run, await db.SelectionRuns.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct)));
            })
            .WithName("GetSelectionRun")
            .WithSummary("One selection run: progress, then feasibility, panel, quotas and probabilities.");

        processes.MapGet("/panel", async (string slug, AppDbContext db, RecruitmentService recruitment, CancellationToken ct) =>
                await db.Processes.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct) is { } process
                    ? Results.Ok((await recruitment.PanelInvitationsAsync(process.Id, ct)).Select(m => new { member = m.Label, invitation = m.Invitation?.ToString(), m.Reachable }))
                    : NoProcess(slug))
            .WithName("GetPanelInvitations")
            .WithSummary("The panel in use: each member, their invitation's status (null if none was sent) and whether an e-mail address is known.");

        processes.MapPut("/household-rule", async (string slug, HouseholdRuleRequest body, HttpContext context, AppDbContext db, RecruitmentService recruitment, CancellationToken ct) =>
                await ChangeAsync(slug, db, () => recruitment.SetHouseholdRuleAsync(context.User.UserId(), slug, body.OnePerHousehold, ct), "The household rule cannot be changed", ct))
            .WithName("PutHouseholdRule")
            .WithSummary("Switches the one-per-household rule on or off for later selection runs.");

        processes.MapPost("/close", async (string slug, HttpContext context, AppDbContext db, RecruitmentService recruitment, CancellationToken ct) =>
            {
                var cancelled = 0;
                var result = await ChangeAsync(slug, db, async () => cancelled = await recruitment.CloseAsync(context.User.UserId(), slug, ct), "The process cannot be closed", ct);
                return result is Microsoft.AspNetCore.Http.HttpResults.NoContent
                    ? Results.Ok(new { status = nameof(ProcessStatus.Closed), cancelledInvitations = cancelled })
                    : result;
            })
            .WithName("CloseProcess")
            .WithSummary("Closes the process for good: sign-up, selection runs, invitations and replacements stop; the data stays. 409 if it is already closed.");

        processes.MapDelete("/pool/{externalId}", async (string slug, string externalId, HttpContext context, AppDbContext db, RecruitmentService recruitment, CancellationToken ct) =>
            {
                if (!await db.Processes.AnyAsync(p => p.Slug == slug, ct))
                {
                    return NoProcess(slug);
                }

                return await recruitment.RemoveImportedAsync(context.User.UserId(), slug, externalId, ct)
                    ? Results.NoContent()
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"The pool of '{slug}' has no active imported person '{externalId}'.");
            })
            .WithName("DeleteImportedPerson")
            .WithSummary("Removes an imported person at their request: answers, e-mail address and household key erased, an open invitation cancelled.");
        return api;
    }

    /// <summary>Maps a run and its record (null until it completes) to the API shape.</summary>
    public static SelectionRunResponse ToResponse(Data.Jobs.JobRun run, SelectionRun? record)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new SelectionRunResponse(
            run.Id,
            run.Status.ToString(),
            run.Progress,
            run.Message,
            run.Error,
            record?.Feasible,
            record?.Algorithm,
            record?.Seed,
            record?.PoolSize,
            record is null ? null : JsonSerializer.Deserialize<List<string>>(record.PanelJson),
            record?.ProbabilitiesJson is null ? null : JsonSerializer.Deserialize<Dictionary<string, double>>(record.ProbabilitiesJson),
            record is null ? null : JsonSerializer.Deserialize<List<QuotaCheck>>(record.QuotasJson),
            record?.InfeasibilityJson is null ? null : JsonSerializer.Deserialize<InfeasibilityExplanation>(record.InfeasibilityJson),
            record?.TookEffect,
            record?.OnePerHousehold,
            record?.SupersededInvitations,
            record?.ReleasedAccepted);
    }

    // 404 for an unknown process, 409 with the reason for a refused change, else 204.
    private static async Task<IResult> ChangeAsync(string slug, AppDbContext db, Func<Task> change, string refused, CancellationToken ct)
    {
        if (!await db.Processes.AnyAsync(p => p.Slug == slug, ct))
        {
            return NoProcess(slug);
        }

        try
        {
            await change();
            return Results.NoContent();
        }
        catch (RecruitmentException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: refused, detail: ex.Message);
        }
    }

    private static async Task<IResult> CsvImportAsync(string slug, HttpRequest request, Func<string, string, Task<int>> import, string what)
    {
        var db = request.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        if (!await db.Processes.AnyAsync(p => p.Slug == slug, request.HttpContext.RequestAborted))
        {
            return NoProcess(slug);
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var csv = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        try
        {
            var count = await import(request.HttpContext.User.UserId(), csv);
            return Results.Ok(new { imported = count });
        }
        catch (SortitionCsvException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"The {what} file has an error", detail: ex.Message,
                extensions: new Dictionary<string, object?> { ["line"] = ex.Line });
        }
        catch (RecruitmentException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The {what} cannot be imported", detail: ex.Message);
        }
    }

    private static IResult NoProcess(string slug) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no process at '{slug}'.");
}
