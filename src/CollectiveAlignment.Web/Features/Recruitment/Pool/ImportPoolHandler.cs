using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Sortition;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Pool;

/// <summary>
/// Adds the people of a people CSV file (Sortition Foundation format: an id column, then one per category) to the pool.
/// Optional columns, matched case-insensitively: <c>email</c> (the address invitations go to; an empty cell means the
/// person cannot be invited) and <c>household</c> (the household/address key of the one-per-household rule, stored only
/// as a hash). Nothing is imported unless every line is valid.
/// </summary>
public sealed class ImportPoolHandler(AppDbContext db, AuditLog audit, TimeProvider time)
{
    /// <summary>The optional people-file column with each person's contact address (as the Sortition Foundation's tool keeps it).</summary>
    public const string EmailColumn = "email";

    /// <summary>The optional people-file column with each person's household or address key.</summary>
    public const string HouseholdColumn = "household";

    /// <summary>Imports the file (audited, counts only).</summary>
    /// <returns>The number of people added.</returns>
    /// <exception cref="InvalidInputException">The file is malformed or has an invalid address; the error names the line.</exception>
    /// <exception cref="StateConflictException">The process is closed, has no categories, or already pools one of the people.</exception>
    public async Task<int> HandleAsync(string actor, string slug, string csv, CancellationToken ct = default)
    {
        var process = await db.RequireOpenProcessAsync(slug, ct);
        if (process.Categories.Count == 0)
        {
            throw new StateConflictException("Import or define the categories before the pool: the people file's columns must match them.");
        }

        var rows = CsvInput.Read(() => PeopleCsv.ReadRows(new StringReader(csv ?? ""), process.SortitionCategories(), extraColumns: [EmailColumn, HouseholdColumn]));
        foreach (var row in rows)
        {
            if (row.Extra.TryGetValue(EmailColumn, out var address) && address.Length > 0 && ContactAddresses.Problem(address) is { } problem)
            {
                throw CsvInput.Invalid(new SortitionCsvException(row.Line, $"'{row.Person.Id}' has the e-mail address '{address}', which {problem}"));
            }
        }

        var people = rows.Select(r => r.Person).ToList();
        var ids = people.Select(p => p.Id).ToList();
        var existing = await db.Volunteers.Where(v => v.ProcessId == process.Id && v.ExternalId != null && ids.Contains(v.ExternalId)).Select(v => v.ExternalId).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            throw new StateConflictException($"Person '{existing}' is already in the pool; import only people who are not.");
        }

        var now = time.GetUtcNow();
        foreach (var row in rows)
        {
            var person = row.Person;
            // Imported people join the pool (Pooled, the status's default) with consent gathered elsewhere.
            var volunteer = new Volunteer
            {
                Id = Guid.NewGuid(),
                ProcessId = process.Id,
                ExternalId = person.Id,
                Email = row.Extra.TryGetValue(EmailColumn, out var email) && email.Length > 0 ? email : null,
                HouseholdKey = row.Extra.TryGetValue(HouseholdColumn, out var household) ? HouseholdKeys.Hash(process.Id, household) : null,
                JoinedAt = now,
            };
            db.Volunteers.Add(volunteer);
            for (var c = 0; c < process.Categories.Count; c++)
            {
                var category = process.Categories[c];
                var value = category.Values.Single(v => string.Equals(v.Name, person.Features[c], StringComparison.Ordinal));
                db.ScreeningAnswers.Add(new ScreeningAnswer { VolunteerId = volunteer.Id, CategoryId = category.Id, ValueId = value.Id });
            }
        }

        // Counts only: the audit chain cannot be erased, so it never holds contact details.
        var withEmail = rows.Count(r => r.Extra.TryGetValue(EmailColumn, out var e) && e.Length > 0);
        var withHousehold = rows.Count(r => r.Extra.TryGetValue(HouseholdColumn, out var h) && HouseholdKeys.Hash(process.Id, h) is not null);
        try
        {
            await audit.AppendAsync(actor, "recruitment.pool.imported", process.Id.ToString(), new { people = people.Count, withEmail, withHousehold }, ct);
        }
        catch (DbUpdateException)
        {
            if (!await AnyPooledAsync(process.Id, ids))
            {
                throw;
            }

            // A concurrent import of the same people won the unique index: answer as a later import would.
            throw new StateConflictException("Some of these people were imported into the pool at the same time; import only people who are not in it.");
        }

        return people.Count;
    }

    private async Task<bool> AnyPooledAsync(Guid processId, List<string> ids)
    {
        db.ChangeTracker.Clear();
        return await db.Volunteers.AnyAsync(v => v.ProcessId == processId && v.ExternalId != null && ids.Contains(v.ExternalId));
    }
}
