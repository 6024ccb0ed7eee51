using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Sortition;
using CollectiveAlignment.Web.Features.Recruitment.Pool;
using CollectiveAlignment.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Selection;

/// <summary>
/// Checks that a selection can run (categories defined, a pool at least as large as the panel, no accepted seat
/// released unconfirmed) and queues a <see cref="SelectPanelJob"/>. Checked here, not in the job, so the researcher
/// sees the reason at once instead of a failed run.
/// </summary>
public sealed class StartSelectionRunHandler(AppDbContext db, JobRunScheduler scheduler)
{
    /// <summary>Queues the run.</summary>
    /// <param name="actor">The researcher.</param>
    /// <param name="slug">The process.</param>
    /// <param name="releaseAccepted">
    /// Confirms that members who accepted a seat on the panel in use lose it unless the new run draws them again.
    /// Required while anyone has accepted (<see cref="Invitation.MayReleaseAccepted"/>), so accepted members are never dropped by accident.
    /// </param>
    /// <param name="masterSolver">The LEXIMIN master LP solver (null: the default, hybrid); ignored by the other algorithms.</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="NotFoundException">The slug is unknown.</exception>
    /// <exception cref="StateConflictException">The process is closed, has no categories, too small a pool, or accepted seats and no confirmation.</exception>
    public async Task<JobRun> HandleAsync(string actor, string slug, bool releaseAccepted = false, MasterSolver? masterSolver = null, CancellationToken ct = default)
    {
        var process = await db.RequireOpenProcessAsync(slug, ct);
        if (process.Categories.Count == 0 || process.Categories.Any(c => c.Values.Count == 0))
        {
            throw new StateConflictException("Define the categories (each with at least one value) before selecting a panel.");
        }

        var pool = (await db.LoadSelectablePoolAsync(process, ct)).Count;
        if (pool < process.PanelSize)
        {
            throw new StateConflictException($"The pool has {pool} volunteers, fewer than the panel's {process.PanelSize} seats (withdrawn volunteers and those who declined or let an invitation expire are not counted).");
        }

        var accepted = await db.Invitations.CountAsync(i => i.ProcessId == process.Id && i.Status == InvitationStatus.Accepted && i.SupersededAt == null, ct);
        if (!Invitation.MayReleaseAccepted(accepted, releaseAccepted))
        {
            throw new StateConflictException(accepted == 1
                ? "1 member has accepted a seat on the panel in use. A new run releases every accepted member it does not draw again: confirm releasing them to go ahead."
                : $"{accepted} members have accepted seats on the panel in use. A new run releases every accepted member it does not draw again: confirm releasing them to go ahead.");
        }

        return await scheduler.EnqueueAsync(SelectPanelJob.JobKind, new SelectionRunRequest(process.Id, accepted > 0 && releaseAccepted, masterSolver), actor, ct);
    }
}
