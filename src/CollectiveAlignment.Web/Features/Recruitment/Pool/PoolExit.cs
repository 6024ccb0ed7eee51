using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment.Selection;
using CollectiveAlignment.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Pool;

/// <summary>
/// Leaving the pool, by a participant's withdrawal or on an imported person's request: one path for both, so erasure
/// and the seat given up cannot drift apart.
/// </summary>
public sealed class PoolExit(AppDbContext db, TimeProvider time, JobRunScheduler scheduler)
{
    /// <summary>
    /// Gives up any seat (<see cref="Invitation.GiveUp"/>), erases the screening answers and withdraws the volunteer
    /// (<see cref="Volunteer.Withdraw"/>: account link, contact address and household key erased). The volunteer row
    /// stays (status Withdrawn) so aggregate counts remain consistent. Nothing is saved: the caller's audit entry saves it.
    /// </summary>
    /// <returns>Whether they were on the panel, and the invitation whose seat they gave up, if any.</returns>
    public async Task<(bool WasSelected, Guid? SeatGivenUp)> EraseAsync(Volunteer volunteer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(volunteer);
        var now = time.GetUtcNow();
        var invitation = await db.Invitations.SingleOrDefaultAsync(
            i => i.VolunteerId == volunteer.Id && i.SupersededAt == null && (i.Status == InvitationStatus.Sent || i.Status == InvitationStatus.Accepted), ct);
        invitation?.GiveUp(now);
        db.ScreeningAnswers.RemoveRange(await db.ScreeningAnswers.Where(a => a.VolunteerId == volunteer.Id).ToListAsync(ct));
        var wasSelected = volunteer.Withdraw(now);
        return (wasSelected, invitation?.Id);
    }

    /// <summary>Queues the replacement draw for a seat given up; after the save, so the draw finds the invitation declined and the volunteer gone.</summary>
    public async Task QueueReplacementAsync(Guid processId, Guid? invitationId, string actor, CancellationToken ct)
    {
        if (invitationId is { } id)
        {
            await scheduler.EnqueueAsync(ReplaceVolunteerJob.JobKind, new ReplaceRequest(id), actor, processId, ct);
        }
    }
}
