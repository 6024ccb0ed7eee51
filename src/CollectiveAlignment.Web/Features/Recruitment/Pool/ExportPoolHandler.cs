using System.Globalization;
using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Sortition;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Pool;

/// <summary>
/// The pool (withdrawn volunteers excluded) as a people CSV file; the id is the imported id, else the volunteer id.
/// By default without contact addresses: the file usually goes to selection tools and co-researchers, who need the
/// categories only. With an <c>email</c> column (the imported address, or the sign-up's account address; empty if
/// none) the file can be imported into another portal instance with its invitations still deliverable; such an export
/// is audited. Household keys are never exported (they are hashes bound to this process and mean nothing elsewhere).
/// </summary>
public sealed class ExportPoolHandler(AppDbContext db, AuditLog audit)
{
    /// <summary>Writes the file.</summary>
    /// <exception cref="Data.Errors.NotFoundException">The slug is unknown.</exception>
    public async Task<string> HandleAsync(string actor, string slug, bool includeEmail, CancellationToken ct = default)
    {
        var process = await db.RequireProcessAsync(slug, ct);
        var pool = await db.LoadPoolAsync(process, ct);
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var people = pool.Select(p => p.Person with { Id = p.Volunteer.ExternalId ?? p.Volunteer.Id.ToString() }).ToList();
        if (!includeEmail)
        {
            PeopleCsv.Write(writer, process.SortitionCategories(), people);
            return writer.ToString();
        }

        var addresses = await db.Volunteers.AsNoTracking()
            .Where(v => v.ProcessId == process.Id && v.Status != VolunteerStatus.Withdrawn)
            .WithAddresses(db)
            .ToDictionaryAsync(v => v.Id, v => v.Email, ct);
        var emailOf = pool.ToDictionary(p => p.Volunteer.ExternalId ?? p.Volunteer.Id.ToString(), p => addresses.GetValueOrDefault(p.Volunteer.Id) ?? "", StringComparer.Ordinal);
        PeopleCsv.Write(writer, process.SortitionCategories(), people, [ImportPoolHandler.EmailColumn], person => [emailOf[person.Id]]);
        await audit.AppendAsync(actor, "recruitment.pool.exported", process.Id.ToString(), new { people = people.Count, withEmail = emailOf.Values.Count(e => e.Length > 0) }, ct);
        return writer.ToString();
    }
}
