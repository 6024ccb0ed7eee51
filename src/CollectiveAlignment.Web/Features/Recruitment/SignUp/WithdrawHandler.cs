using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment.Pool;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.SignUp;

/// <summary>
/// Withdraws a participant (<see cref="PoolExit.EraseAsync"/>): their screening answers, household key and account
/// link are erased; the row stays as an anonymous tombstone so pool and withdrawal counts stay consistent. An open or
/// accepted seat is given up: the invitation counts as declined and a replacement is drawn.
/// </summary>
public sealed class WithdrawHandler(AppDbContext db, AuditLog audit, PoolExit exit)
{
    /// <summary>Withdraws the user from the process (audited).</summary>
    /// <returns>False if the user had no active sign-up.</returns>
    public async Task<bool> HandleAsync(string userId, string slug, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var process = await db.Processes.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct);
        if (process is null)
        {
            return false;
        }

        var volunteer = await db.Volunteers.SingleOrDefaultAsync(v => v.ProcessId == process.Id && v.UserId == userId && v.Status != VolunteerStatus.Withdrawn, ct);
        if (volunteer is null)
        {
            return false;
        }

        var (wasSelected, seatGivenUp) = await exit.EraseAsync(volunteer, ct);
        await audit.AppendAsync(userId, "recruitment.withdrawn", volunteer.Id.ToString(), new { process = process.Slug, wasSelected, seatGivenUp, answersErased = true }, ct);
        await exit.QueueReplacementAsync(process.Id, seatGivenUp, userId, ct);
        return true;
    }
}
