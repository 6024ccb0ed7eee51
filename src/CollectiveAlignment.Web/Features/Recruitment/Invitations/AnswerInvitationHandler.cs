using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Recruitment;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>An answer given through an invitation's link, which needs no sign-in: the link's token is the credential.</summary>
public sealed class AnswerInvitationHandler(AppDbContext db, VacatedSeats seats, TimeProvider time)
{
    /// <summary>The audit actor of answers given through links.</summary>
    public const string LinkActor = "invitation-link";

    /// <summary>The invitation a link token belongs to, with its process's topic and whether the process is closed, or null.</summary>
    public async Task<(Invitation Invitation, string Topic, bool Closed)?> FindAsync(string token, CancellationToken ct = default)
    {
        var hash = InvitationTokens.Hash(token);
        var found = await (
            from i in db.Invitations.AsNoTracking()
            join p in db.Processes on i.ProcessId equals p.Id
            where i.TokenHash == hash
            select new { i, p.Topic, p.Status }).SingleOrDefaultAsync(ct);
        return found is null ? null : (found.i, found.Topic, found.Status == ProcessStatus.Closed);
    }

    /// <summary>
    /// Accepts or declines through a link. Works once: the status changes with a conditional update, so of two
    /// simultaneous answers only one wins. A decline returns the volunteer to the pool and queues a replacement. Links
    /// of invitations superseded by a later panel, or cancelled by closing the process, no longer work.
    /// </summary>
    public async Task<InvitationAnswer> HandleAsync(string token, bool accept, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var hash = InvitationTokens.Hash(token);
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invitation is null)
        {
            return InvitationAnswer.Unknown;
        }

        var now = time.GetUtcNow();
        if (invitation.Status != InvitationStatus.Sent)
        {
            return invitation.Status switch
            {
                InvitationStatus.Expired => InvitationAnswer.Expired,
                InvitationStatus.Superseded => InvitationAnswer.Superseded,
                InvitationStatus.Cancelled => InvitationAnswer.Cancelled,
                _ => InvitationAnswer.AlreadyAnswered,
            };
        }

        if (await db.Processes.AnyAsync(p => p.Id == invitation.ProcessId && p.Status == ProcessStatus.Closed, ct))
        {
            return InvitationAnswer.Cancelled;
        }

        if (invitation.Deadline <= now)
        {
            return InvitationAnswer.Expired;
        }

        var status = accept ? InvitationStatus.Accepted : InvitationStatus.Declined;
        if (!await Invitation.AnswerOnceAsync(db.Invitations, invitation.Id, accept, now, ct))
        {
            return InvitationAnswer.AlreadyAnswered;
        }

        await seats.LeaveAsync(invitation, status, LinkActor, ct);
        return accept ? InvitationAnswer.Accepted : InvitationAnswer.Declined;
    }
}
