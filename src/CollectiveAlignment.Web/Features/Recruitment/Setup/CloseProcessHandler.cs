using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using CollectiveAlignment.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Setup;

/// <summary>
/// Closes the process for good (<see cref="Process.Close"/>): sign-up closes, no selection runs start or take effect,
/// unanswered invitations are cancelled (their links say so, and an <see cref="InvitationNoticeJob"/> tells their
/// recipients) and no replacements are drawn. Volunteers, answers, runs and invitations stay for reports. There is no
/// reopening: cancelled links cannot be revived honestly, so recruiting again is a new process.
/// </summary>
public sealed class CloseProcessHandler(AppDbContext db, AuditLog audit, TimeProvider time, JobRunScheduler scheduler)
{
    /// <summary>Closes the process (audited).</summary>
    /// <returns>The number of unanswered invitations cancelled.</returns>
    /// <exception cref="StateConflictException">It is already closed.</exception>
    public async Task<int> HandleAsync(string actor, string slug, CancellationToken ct = default)
    {
        var process = await db.RequireOpenProcessAsync(slug, ct);
        var pending = await db.Invitations.Where(i => i.ProcessId == process.Id && i.Status == InvitationStatus.Sent).ToListAsync(ct);
        foreach (var invitation in pending)
        {
            invitation.Cancel();
        }

        var from = process.Close(time.GetUtcNow());
        await audit.AppendAsync(actor, "recruitment.closed", process.Id.ToString(), new { from = from.ToString(), cancelledInvitations = pending.Count }, ct);
        if (pending.Count > 0)
        {
            await scheduler.EnqueueAsync(InvitationNoticeJob.JobKind, new NoticeRequest(process.Id), actor, ct);
        }

        return pending.Count;
    }
}
