using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Errors;

namespace CollectiveAlignment.Web.Features.Recruitment.Setup;

/// <summary>
/// Switches the one-per-household rule on or off for the next selection runs. Keys come from the address asked on the
/// sign-up form and from an imported <c>household</c> column; people without one count as households of one.
/// </summary>
public sealed class HouseholdRuleHandler(AppDbContext db, AuditLog audit)
{
    /// <summary>Sets the rule (audited).</summary>
    /// <exception cref="StateConflictException">The process is closed.</exception>
    public async Task HandleAsync(string actor, string slug, bool onePerHousehold, CancellationToken ct = default)
    {
        var process = await db.RequireOpenProcessAsync(slug, ct);
        process.OnePerHousehold = onePerHousehold;
        await audit.AppendAsync(actor, "recruitment.household-rule.set", process.Id.ToString(), new { onePerHousehold }, ct);
    }
}
