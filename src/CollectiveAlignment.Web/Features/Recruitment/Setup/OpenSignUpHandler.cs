using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Data.Recruitment;

namespace CollectiveAlignment.Web.Features.Recruitment.Setup;

/// <summary>Opens sign-up (<see cref="Process.OpenSignUp"/>): needs categories with values and a consent text.</summary>
public sealed class OpenSignUpHandler(AppDbContext db, AuditLog audit)
{
    /// <summary>Opens sign-up (audited).</summary>
    /// <exception cref="StateConflictException">The process is closed or its set-up is incomplete.</exception>
    public async Task HandleAsync(string actor, string slug, CancellationToken ct = default)
    {
        var process = await db.RequireProcessAsync(slug, ct);
        process.OpenSignUp();
        await audit.AppendAsync(actor, "recruitment.opened", process.Id.ToString(), null, ct);
    }
}
