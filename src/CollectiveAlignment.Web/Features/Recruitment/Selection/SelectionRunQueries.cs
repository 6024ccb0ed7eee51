using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Selection;

/// <summary>Reading a process's selection runs: the background run rows and their published records.</summary>
public static class SelectionRunQueries
{
    /// <summary>The process's selection runs (background run rows), newest first.</summary>
    public static Task<List<JobRun>> ListSelectionRunsAsync(this AppDbContext db, Guid processId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.JobRuns.AsNoTracking()
            .Where(r => r.Kind == SelectPanelJob.JobKind && r.ProcessId == processId)
            .OrderByDescending(r => r.CreatedAt).Take(100).ToListAsync(ct);
    }

    /// <summary>One selection run row of the process (one row read), or null if the process has no such run.</summary>
    public static Task<JobRun?> FindSelectionRunRowAsync(this AppDbContext db, Guid processId, Guid runId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId && r.Kind == SelectPanelJob.JobKind && r.ProcessId == processId, ct);
    }

    /// <summary>One selection run of the process, decoded for display; null if the process has no such run.</summary>
    public static async Task<SelectionRunView?> FindSelectionRunAsync(this AppDbContext db, Guid processId, Guid runId, CancellationToken ct = default)
    {
        var run = await db.FindSelectionRunRowAsync(processId, runId, ct);
        return run is null ? null : SelectionRunView.From(run, await db.SelectionRuns.AsNoTracking().SingleOrDefaultAsync(s => s.Id == runId, ct));
    }

    /// <summary>The selection run whose panel is in use (the newest that took effect), or null.</summary>
    public static async Task<Guid?> PanelRunIdAsync(this AppDbContext db, Guid processId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await db.SelectionRuns.AsNoTracking().Where(s => s.ProcessId == processId && s.TookEffect).Select(s => new { s.Id, s.CompletedAt }).ToListAsync(ct))
            // Ordered in memory: SQLite cannot order by DateTimeOffset columns in SQL.
            .OrderByDescending(s => s.CompletedAt).Select(s => (Guid?)s.Id).FirstOrDefault();
    }

    /// <summary>Display labels of volunteers: the imported id, else "volunteer" and the first block of the id.</summary>
    public static async Task<Dictionary<string, string>> VolunteerLabelsAsync(this AppDbContext db, Guid processId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await db.Volunteers.AsNoTracking().Where(v => v.ProcessId == processId).Select(v => new { v.Id, v.ExternalId }).ToListAsync(ct))
            .ToDictionary(v => v.Id.ToString(), v => v.ExternalId ?? "volunteer " + v.Id.ToString()[..8], StringComparer.Ordinal);
    }
}
