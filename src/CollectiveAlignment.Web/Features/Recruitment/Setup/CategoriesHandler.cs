using System.Globalization;
using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Sortition;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Setup;

/// <summary>A process's categories as Sortition Foundation categories CSV files: replaced by an import, read by an export.</summary>
public sealed class CategoriesHandler(AppDbContext db, AuditLog audit)
{
    /// <summary>Replaces the categories with those of a categories CSV file (audited).</summary>
    /// <returns>The number of categories imported.</returns>
    /// <exception cref="InvalidInputException">The file is malformed; the error names the line.</exception>
    /// <exception cref="StateConflictException">The process is closed, or its pool has volunteers.</exception>
    public async Task<int> ImportAsync(string actor, string slug, string csv, CancellationToken ct = default)
    {
        var process = await db.RequireOpenProcessAsync(slug, ct);
        var categories = CsvInput.Read(() => CategoriesCsv.Read(new StringReader(csv ?? "")));
        if (await db.Volunteers.AnyAsync(v => v.ProcessId == process.Id && v.Status != VolunteerStatus.Withdrawn, ct))
        {
            // Existing screening answers refer to the current values; replacing them would orphan the pool.
            throw new StateConflictException("The pool already has volunteers, whose answers refer to the current categories. Categories can only be replaced while the pool is empty.");
        }

        // One save (the audit append's) deletes the old categories and inserts the new: EF Core orders the deletes first
        // where unique names collide, and a failure leaves the old categories in place.
        db.RecruitmentCategories.RemoveRange(process.Categories);
        process.Categories.Clear();
        for (var c = 0; c < categories.Count; c++)
        {
            var category = new RecruitmentCategory { Id = Guid.NewGuid(), ProcessId = process.Id, Name = categories[c].Name, Position = c };
            for (var v = 0; v < categories[c].Values.Count; v++)
            {
                var value = categories[c].Values[v];
                category.Values.Add(new RecruitmentCategoryValue
                {
                    Id = Guid.NewGuid(),
                    CategoryId = category.Id,
                    Name = value.Name,
                    Position = v,
                    PopulationShare = value.PopulationShare,
                    Min = value.Min,
                    Max = value.Max,
                    MinFlex = value.MinFlex,
                    MaxFlex = value.MaxFlex,
                });
            }

            db.RecruitmentCategories.Add(category);
        }

        await audit.AppendAsync(actor, "recruitment.categories.imported", process.Id.ToString(), new { categories = categories.Count, values = categories.Sum(c => c.Values.Count) }, ct);
        return categories.Count;
    }

    /// <summary>The categories as a categories CSV file, with population shares.</summary>
    public static string Export(Process process)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        CategoriesCsv.Write(writer, process.SortitionCategories());
        return writer.ToString();
    }
}
