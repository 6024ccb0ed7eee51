using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Sortition;

namespace CollectiveAlignment.Web.Features.Recruitment.Setup;

/// <summary>Sets the quotas of a process's category values: derived from population shares, or one by hand.</summary>
public sealed class QuotasHandler(AppDbContext db, AuditLog audit)
{
    /// <summary>Sets each value's quota from its population share and the panel size (<see cref="QuotaDerivation"/>).</summary>
    /// <exception cref="InvalidInputException">The slack is negative.</exception>
    /// <exception cref="StateConflictException">The process is closed or has no categories.</exception>
    public async Task DeriveAsync(string actor, string slug, int slack, CancellationToken ct = default)
    {
        var process = await db.RequireOpenProcessAsync(slug, ct);
        if (process.Categories.Count == 0)
        {
            throw new StateConflictException("There are no categories to derive quotas for.");
        }

        if (slack < 0)
        {
            throw new InvalidInputException("The slack cannot be negative.");
        }

        var derived = QuotaDerivation.FromShares(process.SortitionCategories(), process.PanelSize, slack);
        for (var c = 0; c < derived.Count; c++)
        {
            for (var v = 0; v < derived[c].Values.Count; v++)
            {
                process.Categories[c].Values[v].Min = derived[c].Values[v].Min;
                process.Categories[c].Values[v].Max = derived[c].Values[v].Max;
            }
        }

        await audit.AppendAsync(actor, "recruitment.quotas.derived", process.Id.ToString(), new { process.PanelSize, slack }, ct);
    }

    /// <summary>Sets one value's share and quota by hand.</summary>
    /// <exception cref="NotFoundException">The value is not one of the process's.</exception>
    /// <exception cref="InvalidInputException">The quota or share is out of range.</exception>
    /// <exception cref="StateConflictException">The process is closed.</exception>
    public async Task SetAsync(string actor, string slug, Guid valueId, double? share, int min, int max, CancellationToken ct = default)
    {
        var process = await db.RequireOpenProcessAsync(slug, ct);
        var value = process.Categories.SelectMany(c => c.Values).SingleOrDefault(v => v.Id == valueId)
            ?? throw new NotFoundException("That value is not one of this process's categories.");
        if (min < 0 || max < min || max > process.PanelSize)
        {
            throw new InvalidInputException($"'{value.Name}': the quota needs 0 ≤ min ≤ max ≤ panel size ({process.PanelSize}).");
        }

        if (share is < 0 or > 1)
        {
            throw new InvalidInputException($"'{value.Name}': the population share must be between 0 and 1.");
        }

        (value.PopulationShare, value.Min, value.Max) = (share, min, max);
        await audit.AppendAsync(actor, "recruitment.quota.set", process.Id.ToString(), new { value = value.Name, share, min, max }, ct);
    }
}
