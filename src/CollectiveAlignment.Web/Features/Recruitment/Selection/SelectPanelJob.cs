using System.Text.Json;
using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Sortition;
using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using CollectiveAlignment.Web.Features.Recruitment.Pool;
using CollectiveAlignment.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Selection;

/// <summary>
/// Selects a panel from a process's pool with the Sortition library and publishes the run record. Idempotent: the
/// record's id is the run's id, so a retry after the record was saved returns it instead of drawing again.
/// </summary>
/// <remarks>
/// A feasible run takes effect when it completes: it becomes the panel in use, and every invitation of an earlier panel
/// whose volunteer it does not draw again is superseded (unanswered links stop working; an accepted seat is released
/// only if the researcher confirmed it when starting the run, otherwise the run is published but does not take effect).
/// Invitations of volunteers it draws again carry over. It then queues <see cref="InviteSelectedJob"/>; a retry queues
/// it again, which is harmless because inviting is idempotent too. A run of a process closed meanwhile never takes effect.
/// </remarks>
public sealed class SelectPanelJob(AppDbContext db, AuditLog audit, JobRunScheduler scheduler, TimeProvider time, IRunProgressNotifier notifier) : IJobHandler<SelectionRunRequest>
{
    /// <summary>The run kind.</summary>
    public const string JobKind = "recruitment.select";

    /// <summary>Saves tried when replacement draws keep changing the panel, before the run fails and is retried whole.</summary>
    public const int MaxSaveAttempts = 5;

    // The invitations the run's taking effect superseded (unanswered) or released (accepted), for their audit entry.
    private readonly List<Guid> _superseded = [];
    private readonly List<Guid> _released = [];

    /// <inheritdoc />
    public async Task<object?> RunAsync(JobRun run, SelectionRunRequest request, IProgress<JobProgress> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        progress = new NotifyingProgress(progress, notifier, run.Id);
        var existing = await db.SelectionRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == run.Id, ct);
        if (existing is not null)
        {
            if (existing.TookEffect)
            {
                await scheduler.EnqueueAsync(InviteSelectedJob.JobKind, new InviteRequest(existing.ProcessId), run.RequestedBy, ct);
            }

            return new SelectionRunSummary(existing.Feasible, existing.PoolSize, JsonSerializer.Deserialize<List<string>>(existing.PanelJson)!.Count, null);
        }

        var slug = await db.Processes.Where(p => p.Id == request.ProcessId).Select(p => p.Slug).SingleOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Process {request.ProcessId} does not exist.");
        var process = (await db.FindProcessAsync(slug, ct))!;
        progress.Report(new JobProgress(5, "Reading the pool"));
        var pool = await db.LoadSelectablePoolAsync(process, ct);
        var algorithm = Enum.Parse<SelectionAlgorithm>(process.Algorithm);
        var problem = SelectionProblem.Create(process.SortitionCategories(), pool.Select(p => p.Person).ToList(), process.PanelSize, process.OnePerHousehold);
        progress.Report(new JobProgress(10, $"Selecting {process.PanelSize} of {pool.Count} with {algorithm}"));

        var result = await Task.Run(() => PanelSelector.Select(problem, algorithm, process.PublicSeed, new LeximinOptions { MasterSolver = request.MasterSolver ?? MasterSolver.Hybrid }, new SolverProgress(progress), ct), ct);
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
            OnePerHousehold = process.OnePerHousehold,
            WithHouseholdKey = process.OnePerHousehold ? pool.Count(p => p.Volunteer.HouseholdKey is not null) : 0,
        };
        db.SelectionRuns.Add(record);
        string? notInEffect;
        for (var attempt = 1; ; attempt++)
        {
            notInEffect = result.Feasible ? await TakeEffectAsync(record, result.Panel, request.ReleaseAccepted, ct) : null;
            try
            {
                // One save for the record, the statuses and the superseded invitations, checked against the seats version.
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxSaveAttempts)
            {
                // A replacement draw (perhaps on another node) changed the panel between reading and saving: forget what
                // was read, keep the selection (it does not depend on who holds a seat) and apply it to the panel as it is now.
                foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is not JobRun and not SelectionRun).ToList())
                {
                    entry.State = EntityState.Detached;
                }

                (record.TookEffect, record.SupersededInvitations, record.ReleasedAccepted) = (false, 0, 0);
            }
        }

        notifier.Publish(new RunProgressUpdate(run.Id, 95, "Panel published", Published: true));
        await audit.AppendAsync(run.RequestedBy, "recruitment.selected", run.Id.ToString(), new
        {
            process = process.Slug,
            algorithm = record.Algorithm,
            seed = record.Seed,
            pool = record.PoolSize,
            feasible = record.Feasible,
            panel = result.Panel.Count,
            onePerHousehold = record.OnePerHousehold,
            tookEffect = record.TookEffect,
            notInEffect,
            supersededInvitations = record.SupersededInvitations,
            releasedAccepted = record.ReleasedAccepted,
        }, ct);
        if (record.SupersededInvitations + record.ReleasedAccepted > 0 && record.TookEffect)
        {
            await audit.AppendAsync(run.RequestedBy, "recruitment.invitations-superseded", run.Id.ToString(), new { process = process.Slug, superseded = _superseded, released = _released }, ct);
            await scheduler.EnqueueAsync(InvitationNoticeJob.JobKind, new NoticeRequest(process.Id), run.RequestedBy, ct);
        }

        if (record.TookEffect)
        {
            await scheduler.EnqueueAsync(InviteSelectedJob.JobKind, new InviteRequest(process.Id), run.RequestedBy, ct);
        }

        return new SelectionRunSummary(result.Feasible, pool.Count, result.Panel.Count, result.MinProbability);
    }

    /// <summary>Makes the panel the one in use, unless that would release an accepted seat unconfirmed; returns why not, or null.</summary>
    private async Task<string?> TakeEffectAsync(SelectionRun record, IReadOnlyList<string> selected, bool releaseAccepted, CancellationToken ct)
    {
        var tracked = await db.Processes.SingleAsync(p => p.Id == record.ProcessId, ct);
        // The entity was read when the run began; its seats version must be the current one, or any replacement drawn
        // during a long selection would fail this save.
        await db.Entry(tracked).ReloadAsync(ct);
        var panel = selected.Select(Guid.Parse).ToHashSet();
        var live = await db.Invitations.Where(i => i.ProcessId == record.ProcessId && i.SupersededAt == null).ToListAsync(ct);
        var released = live.Where(i => i.Status == InvitationStatus.Accepted && !panel.Contains(i.VolunteerId)).ToList();
        record.ReleasedAccepted = released.Count;
        if (tracked.Status == ProcessStatus.Closed)
        {
            return "The process was closed while the run was computing.";
        }

        if (!Invitation.MayReleaseAccepted(released.Count, releaseAccepted))
        {
            return $"{released.Count} member(s) of the panel in use accepted their seats while this run was computing and are not on this panel; start a new run and confirm releasing them.";
        }

        var members = await db.Volunteers.Where(v => v.ProcessId == record.ProcessId && v.Status != VolunteerStatus.Withdrawn).ToListAsync(ct);
        foreach (var member in members)
        {
            if (panel.Contains(member.Id))
            {
                member.Select();
            }
            else
            {
                member.ReturnToPool();
            }
        }

        var now = time.GetUtcNow();
        _superseded.Clear();
        _released.Clear();
        foreach (var invitation in live.Where(i => !panel.Contains(i.VolunteerId)))
        {
            var from = invitation.Supersede(now, releaseAccepted);
            if (from == InvitationStatus.Sent)
            {
                record.SupersededInvitations++;
                _superseded.Add(invitation.Id);
            }
            else if (from == InvitationStatus.Accepted)
            {
                _released.Add(invitation.Id);
            }
        }

        tracked.PanelTookEffect();
        record.TookEffect = true;
        return null;
    }
}
