using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Sortition;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Pool;

/// <summary>Reading a process's pool: its members with their features, and counts by status.</summary>
public static class PoolQueries
{
    /// <summary>
    /// The active pool with each member's features, in join order. The selection uses volunteer ids (as text) as person ids.
    /// </summary>
    public static async Task<IReadOnlyList<(Volunteer Volunteer, Person Person)>> LoadPoolAsync(this AppDbContext db, Process process, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(process);
        var volunteers = await db.Volunteers.AsNoTracking()
            .Where(v => v.ProcessId == process.Id && v.Status != VolunteerStatus.Withdrawn)
            .OrderBy(v => v.JoinedAt).ThenBy(v => v.ExternalId).ThenBy(v => v.Id)
            .ToListAsync(ct);
        var ids = volunteers.Select(v => v.Id).ToList();
        var answers = (await db.ScreeningAnswers.AsNoTracking().Where(a => ids.Contains(a.VolunteerId)).ToListAsync(ct))
            .ToLookup(a => a.VolunteerId);
        var valueNames = process.Categories.SelectMany(c => c.Values).ToDictionary(v => v.Id, v => v.Name);
        var pool = new List<(Volunteer, Person)>(volunteers.Count);
        foreach (var volunteer in volunteers)
        {
            var byCategory = answers[volunteer.Id].ToDictionary(a => a.CategoryId, a => a.ValueId);
            // A volunteer missing an answer (categories added later) cannot be placed in a stratum and is left out.
            if (process.Categories.All(c => byCategory.ContainsKey(c.Id)))
            {
                pool.Add((volunteer, new Person(volunteer.Id.ToString(), process.Categories.Select(c => valueNames[byCategory[c.Id]]).ToList(), volunteer.HouseholdKey)));
            }
        }

        return pool;
    }

    /// <summary>
    /// The pool a new selection run draws from: the active pool without anyone who declined a seat or let an invitation
    /// expire, because drawing them again would seat someone who has already said no (or never answered).
    /// </summary>
    public static async Task<IReadOnlyList<(Volunteer Volunteer, Person Person)>> LoadSelectablePoolAsync(this AppDbContext db, Process process, CancellationToken ct = default)
    {
        var pool = await db.LoadPoolAsync(process, ct);
        var refused = (await db.Invitations.AsNoTracking()
            .Where(i => i.ProcessId == process.Id && (i.Status == InvitationStatus.Declined || i.Status == InvitationStatus.Expired))
            .Select(i => i.VolunteerId).ToListAsync(ct)).ToHashSet();
        return refused.Count == 0 ? pool : pool.Where(p => !refused.Contains(p.Volunteer.Id)).ToList();
    }

    /// <summary>Pool counts by status, for the research page.</summary>
    public static async Task<IReadOnlyDictionary<VolunteerStatus, int>> PoolCountsAsync(this AppDbContext db, Guid processId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await db.Volunteers.Where(v => v.ProcessId == processId).GroupBy(v => v.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => g.Key, g => g.Count);
    }
}
