using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Data.Recruitment;
using Microsoft.EntityFrameworkCore;
using SortitionCategory = CollectiveAlignment.Sortition.Category;
using SortitionValue = CollectiveAlignment.Sortition.CategoryValue;

namespace CollectiveAlignment.Web.Features.Recruitment;

/// <summary>
/// Reading processes, shared by every recruitment slice. Extensions of the context rather than a service, so a page
/// passes the short-lived context of one operation and an endpoint or handler its scoped one.
/// </summary>
public static class ProcessQueries
{
    /// <summary>Every process, newest first.</summary>
    public static Task<List<Process>> ListProcessesAsync(this AppDbContext db, CancellationToken ct = default) =>
        db.Processes.AsNoTracking().OrderByDescending(p => p.CreatedAt).ToListAsync(ct);

    /// <summary>A process (tracked) with its categories, values and consent texts in order; null if the slug is unknown.</summary>
    public static async Task<Process?> FindProcessAsync(this AppDbContext db, string slug, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var process = await db.Processes
            .Include(p => p.Categories).ThenInclude(c => c.Values)
            .Include(p => p.ConsentTexts)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Slug == slug, ct);
        if (process is not null)
        {
            process.Categories.Sort((a, b) => a.Position.CompareTo(b.Position));
            foreach (var category in process.Categories)
            {
                category.Values.Sort((a, b) => a.Position.CompareTo(b.Position));
            }

            process.ConsentTexts.Sort((a, b) => a.Version.CompareTo(b.Version));
        }

        return process;
    }

    /// <summary>As <see cref="FindProcessAsync"/>, for a process that must exist.</summary>
    /// <exception cref="NotFoundException">The slug is unknown.</exception>
    public static async Task<Process> RequireProcessAsync(this AppDbContext db, string slug, CancellationToken ct = default) =>
        await db.FindProcessAsync(slug, ct) ?? throw NoProcess(slug);

    /// <summary>As <see cref="RequireProcessAsync"/>, for a change, which a closed process refuses.</summary>
    /// <exception cref="NotFoundException">The slug is unknown.</exception>
    /// <exception cref="StateConflictException">The process is closed.</exception>
    public static async Task<Process> RequireOpenProcessAsync(this AppDbContext db, string slug, CancellationToken ct = default)
    {
        var process = await db.RequireProcessAsync(slug, ct);
        process.EnsureNotClosed();
        return process;
    }

    /// <summary>The id of the process at <paramref name="slug"/>, without loading it.</summary>
    /// <exception cref="NotFoundException">The slug is unknown.</exception>
    public static async Task<Guid> RequireProcessIdAsync(this AppDbContext db, string slug, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Processes.Where(p => p.Slug == slug).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(ct) ?? throw NoProcess(slug);
    }

    /// <summary>The error for an unknown process address, in one wording for pages and the API.</summary>
    public static NotFoundException NoProcess(string slug) => new($"There is no process at '{slug}'.");

    /// <summary>The process's categories in the Sortition library's shape.</summary>
    public static IReadOnlyList<SortitionCategory> SortitionCategories(this Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return process.Categories
            .Select(c => new SortitionCategory(c.Name, c.Values.Select(v => new SortitionValue(v.Name, v.Min, v.Max, v.MinFlex, v.MaxFlex, v.PopulationShare)).ToList()))
            .ToList();
    }
}
