using System.Security.Claims;
using System.Text.Json;
using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Sortition;
using CollectiveAlignment.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Selection;

/// <summary>Research: starting a process's panel selection runs and reading them.</summary>
public static class SelectionApi
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

    /// <summary>Maps the endpoints into the <c>/processes/{slug}</c> group.</summary>
    public static RouteGroupBuilder MapSelectionApi(this RouteGroupBuilder process)
    {
        ArgumentNullException.ThrowIfNull(process);
        process.MapPost("/selection-runs", PostSelectionRun)
            .WithName("PostSelectionRun")
            .WithSummary("Starts a panel selection in the background; 202 with the run to poll. While members have accepted seats, 409 unless ?releaseAccepted=true confirms they may lose them. ?masterSolver=hybrid|glop picks the LEXIMIN master LP solver (400 for another value).")
            .WithMetadata(new ProblemTitles(Conflict: "The selection cannot start"))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        process.MapGet("/selection-runs", ListSelectionRuns)
            .WithName("ListSelectionRuns")
            .WithSummary("The process's selection runs, newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        process.MapGet("/selection-runs/{id:guid}", GetSelectionRun)
            .WithName("GetSelectionRun")
            .WithSummary("One selection run: progress, then feasibility, panel, quotas and probabilities.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return process;
    }

    /// <summary>Queues a selection run.</summary>
    public static async Task<Accepted<SelectionRunResponse>> PostSelectionRun(string slug, bool? releaseAccepted, string? masterSolver, ClaimsPrincipal user, StartSelectionRunHandler handler, CancellationToken ct)
    {
        var run = await handler.HandleAsync(user.UserId(), slug, releaseAccepted ?? false, ParseMasterSolver(masterSolver), ct);
        return TypedResults.Accepted($"{ApiV1.Prefix}/processes/{slug}/selection-runs/{run.Id}", ToResponse(run, null));
    }

    /// <summary>Reads <c>?masterSolver=hybrid|glop</c> (any case); absent means the default.</summary>
    /// <exception cref="InvalidInputException">Any other value.</exception>
    public static MasterSolver? ParseMasterSolver(string? value) =>
        string.IsNullOrEmpty(value) ? null
        : Enum.TryParse<MasterSolver>(value, ignoreCase: true, out var solver) && Enum.IsDefined(solver) && !int.TryParse(value, out _) ? solver
        : throw new InvalidInputException($"Unknown master solver '{value}': use 'hybrid' or 'glop'.");

    /// <summary>The process's runs, newest first.</summary>
    public static async Task<Ok<List<SelectionRunResponse>>> ListSelectionRuns(string slug, AppDbContext db, CancellationToken ct)
    {
        var runs = await db.ListSelectionRunsAsync(await db.RequireProcessIdAsync(slug, ct), ct);
        var ids = runs.Select(r => r.Id).ToList();
        var records = await db.SelectionRuns.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        return TypedResults.Ok(runs.Select(r => ToResponse(r, records.GetValueOrDefault(r.Id))).ToList());
    }

    /// <summary>One run of the process.</summary>
    public static async Task<Ok<SelectionRunResponse>> GetSelectionRun(string slug, Guid id, AppDbContext db, CancellationToken ct)
    {
        var processId = await db.Processes.Where(p => p.Slug == slug).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(ct);
        var run = processId is null ? null : await db.FindSelectionRunRowAsync(processId.Value, id, ct);
        return run is null
            ? throw new NotFoundException($"Process '{slug}' has no selection run {id}.")
            : TypedResults.Ok(ToResponse(run, await db.SelectionRuns.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct)));
    }

    /// <summary>Maps a run and its record (null until it completes) to the API shape.</summary>
    public static SelectionRunResponse ToResponse(JobRun run, SelectionRun? record)
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
}
