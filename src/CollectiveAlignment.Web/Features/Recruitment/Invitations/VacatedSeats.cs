using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment.Selection;
using CollectiveAlignment.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>What follows an answer or an expiry, in one place for the link and the deadline sweep.</summary>
public sealed class VacatedSeats(AppDbContext db, AuditLog audit, JobRunScheduler scheduler)
{
    /// <summary>
    /// Audits the invitation's new <paramref name="status"/>; unless it was an acceptance, returns the volunteer to the
    /// pool (the invitation row keeps them from being drawn again) and queues the replacement draw for the seat.
    /// </summary>
    public async Task LeaveAsync(Invitation invitation, InvitationStatus status, string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        if (status != InvitationStatus.Accepted)
        {
            var volunteer = await db.Volunteers.SingleAsync(v => v.Id == invitation.VolunteerId, ct);
            if (volunteer.Status == VolunteerStatus.Selected)
            {
                volunteer.ReturnToPool();
            }
        }

        await audit.AppendAsync(actor, "recruitment.invitation-" + status.ToString().ToLowerInvariant(), invitation.Id.ToString(), new { volunteer = invitation.VolunteerId }, ct);
        if (status != InvitationStatus.Accepted)
        {
            await scheduler.EnqueueAsync(ReplaceVolunteerJob.JobKind, new ReplaceRequest(invitation.Id), actor, invitation.ProcessId, ct);
        }
    }
}
