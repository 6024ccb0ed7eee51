using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Recruitment;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.SignUp;

/// <summary>What a participant sees of recruitment: open processes and their own sign-ups.</summary>
public static class SignUpQueries
{
    /// <summary>Processes open for sign-up, newest first.</summary>
    public static Task<List<Process>> ListRecruitingAsync(this AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Processes.AsNoTracking().Where(p => p.Status == ProcessStatus.Recruiting).OrderByDescending(p => p.CreatedAt).ToListAsync(ct);
    }

    /// <summary>The user's active sign-ups with their processes, newest first.</summary>
    public static async Task<List<(Process Process, Volunteer Volunteer)>> ListSignUpsAsync(this AppDbContext db, string userId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await db.Volunteers.AsNoTracking()
                .Where(v => v.UserId == userId && v.Status != VolunteerStatus.Withdrawn)
                .Join(db.Processes.AsNoTracking(), v => v.ProcessId, p => p.Id, (v, p) => new { v, p })
                .ToListAsync(ct))
            .OrderByDescending(x => x.v.JoinedAt)
            .Select(x => (x.p, x.v))
            .ToList();
    }

    /// <summary>The user's active sign-up for the process, or null.</summary>
    public static Task<Volunteer?> FindVolunteerAsync(this AppDbContext db, string userId, string slug, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Volunteers.AsNoTracking()
            .Where(v => v.UserId == userId && v.Status != VolunteerStatus.Withdrawn)
            .Join(db.Processes.Where(p => p.Slug == slug), v => v.ProcessId, p => p.Id, (v, _) => v)
            .SingleOrDefaultAsync(ct);
    }
}
