using System.Text.Json;
using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Sortition;
using CollectiveAlignment.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Areas.Research.Recruitment;

/// <summary>
/// Selects a panel from a process's pool with the Sortition library and publishes the run record. Idempotent: the
/// record's id is the run's id, so a retry after the record was saved returns it instead of drawing again. A feasible
/// run then queues <see cref="InviteSelectedJob"/>; a retry queues it again, which is harmless because inviting is
/// idempotent too.
/// </summary>
public sealed class SelectPanelJob(AppDbContext db, RecruitmentService recruitment, AuditLog audit, JobRunScheduler scheduler, TimeProvider time) : IJobHandler
{
    /// <summary>The run kind.</summary>
    public const string JobKind = "recruitment.select";

    /// <inheritdoc />
    public string Kind => JobKind;

    /// <inheritdoc />
    public async Task<object?> RunAsync(JobRun run, IProgress<JobProgress> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(progress);
        var existing = await db.SelectionRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == run.Id, ct);
        if (existing is not null)
        {
            if (existing.Feasible)
            {
                await scheduler.EnqueueAsync(InviteSelectedJob.JobKind, new InviteRequest(existing.ProcessId), run.RequestedBy, ct);
            }

            return new SelectionRunSummary(existing.Feasible, existing.PoolSize, JsonSerializer.Deserialize<List<string>>(existing.PanelJson)!.Count, null);
        }

        var request = JsonSerializer.Deserialize<SelectionRunRequest>(run.Payload ?? "null")
            ?? throw new InvalidOperationException("The run has no process to select for.");
        var slug = await db.Processes.Where(p => p.Id == request.ProcessId).Select(p => p.Slug).SingleOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Process {request.ProcessId} does not exist.");
        var process = (await recruitment.FindAsync(slug, ct))!;
        progress.Report(new JobProgress(5, "Reading the pool"));
        var pool = await recruitment.LoadPoolAsync(process, ct);
        var algorithm = Enum.Parse<SelectionAlgorithm>(process.Algorithm);
        var problem = SelectionProblem.Create(RecruitmentService.ToSortition(process), pool.Select(p => p.Person).ToList(), process.PanelSize, process.OnePerHousehold);
        progress.Report(new JobProgress(10, $"Selecting {process.PanelSize} of {pool.Count} with {algorithm}"));

        var result = await Task.Run(() => PanelSelector.Select(problem, algorithm, process.PublicSeed, new SolverProgress(progress), ct), ct);
        progress.Report(new JobProgress(90, result.Feasible ? "Publishing the panel" : "Quotas infeasible: publishing the explanation"));

        var record = new SelectionRun
        {
            Id = run.Id,
            ProcessId = process.Id,
            Algorithm = algorithm.ToString(),
            Seed = result.Seed,
            PanelSize = process.PanelSize,
            PoolSize = pool.Count,
            Feasible = result.Feasible,
            PanelJson = JsonSerializer.Serialize(result.Panel),
            ProbabilitiesJson = result.Probabilities is null ? null : JsonSerializer.Serialize(result.Probabilities),
            QuotasJson = JsonSerializer.Serialize(result.Quotas),
            InfeasibilityJson = result.Infeasibility is null ? null : JsonSerializer.Serialize(result.Infeasibility),
            DistributionJson = result.Distribution is null ? null : JsonSerializer.Serialize(new { types = result.Distribution.Types, panels = result.Distribution.Panels }),
            CompletedAt = time.GetUtcNow(),
        };
        db.SelectionRuns.Add(record);
        if (result.Feasible)
        {
            // The newest feasible run is the panel: earlier selections return to the pool.
            var panel = result.Panel.Select(Guid.Parse).ToHashSet();
            var members = await db.Volunteers.Where(v => v.ProcessId == process.Id && v.Status != VolunteerStatus.Withdrawn).ToListAsync(ct);
            foreach (var member in members)
            {
                member.Status = panel.Contains(member.Id) ? VolunteerStatus.Selected : VolunteerStatus.Pooled;
            }

            var tracked = await db.Processes.SingleAsync(p => p.Id == process.Id, ct);
            tracked.Status = ProcessStatus.Selected;
        }

        await audit.AppendAsync(run.RequestedBy, "recruitment.selected", run.Id.ToString(), new
        {
            process = process.Slug,
            algorithm = record.Algorithm,
            seed = record.Seed,
            pool = record.PoolSize,
            feasible = record.Feasible,
            panel = result.Panel.Count,
        }, ct);
        if (result.Feasible)
        {
            await scheduler.EnqueueAsync(InviteSelectedJob.JobKind, new InviteRequest(process.Id), run.RequestedBy, ct);
        }

        return new SelectionRunSummary(result.Feasible, pool.Count, result.Panel.Count, result.MinProbability);
    }
}
