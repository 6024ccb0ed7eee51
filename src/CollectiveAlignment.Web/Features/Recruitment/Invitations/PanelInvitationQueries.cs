using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment.Pool;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>How the invitations of the panel in use stand.</summary>
public static class PanelInvitationQueries
{
    /// <summary>
    /// Each selected or seated member with the status of their live invitation, or none, and whether they can be reached
    /// (an account or imported e-mail address).
    /// </summary>
    public static async Task<IReadOnlyList<PanelMemberInvitation>> PanelInvitationsAsync(this AppDbContext db, Guid processId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.ProcessId == processId && i.SupersededAt == null && i.Status != InvitationStatus.Cancelled)
            .Select(i => new { i.VolunteerId, i.Status }).ToListAsync(ct);
        var byVolunteer = invitations.ToDictionary(i => i.VolunteerId, i => i.Status);
        var members = await db.Volunteers.AsNoTracking()
            .Where(v => v.ProcessId == processId && v.Status != VolunteerStatus.Withdrawn)
            .WithAddresses(db)
            .ToListAsync(ct);
        return members
            .Where(m => m.Status == VolunteerStatus.Selected || byVolunteer.ContainsKey(m.Id) && byVolunteer[m.Id] is InvitationStatus.Sent or InvitationStatus.Accepted)
            .Select(m => new PanelMemberInvitation(m.Id, m.ExternalId ?? "volunteer " + m.Id.ToString()[..8], byVolunteer.TryGetValue(m.Id, out var status) ? status : null, !string.IsNullOrWhiteSpace(m.Email)))
            .OrderBy(m => m.Label, StringComparer.Ordinal)
            .ToList();
    }
}
