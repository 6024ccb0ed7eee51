using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Data.Recruitment;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Pool;

/// <summary>
/// Removes an imported person at their request (they have no account to withdraw with): their screening answers,
/// contact address and household key are erased and any seat is given up, as on withdrawal.
/// </summary>
public sealed class RemoveImportedPersonHandler(AppDbContext db, AuditLog audit, PoolExit exit)
{
    /// <summary>Removes the person (audited) and queues the replacement of a seat they held.</summary>
    /// <exception cref="NotFoundException">The process is unknown, or its pool has no active person with that imported id.</exception>
    public async Task HandleAsync(string actor, string slug, string externalId, CancellationToken ct = default)
    {
        var processId = await db.RequireProcessIdAsync(slug, ct);
        var volunteer = await db.Volunteers.SingleOrDefaultAsync(v => v.ProcessId == processId && v.ExternalId == externalId && v.Status != VolunteerStatus.Withdrawn, ct)
            ?? throw new NotFoundException($"The pool of '{slug}' has no active imported person '{externalId}'.");
        var (wasSelected, seatGivenUp) = await exit.EraseAsync(volunteer, ct);
        await audit.AppendAsync(actor, "recruitment.withdrawn", volunteer.Id.ToString(), new { process = slug, wasSelected, seatGivenUp, answersErased = true, onRequestOfImportedPerson = true }, ct);
        await exit.QueueReplacementAsync(processId, seatGivenUp, actor, ct);
    }
}
