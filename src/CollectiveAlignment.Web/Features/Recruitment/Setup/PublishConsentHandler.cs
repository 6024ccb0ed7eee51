using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Data.Recruitment;

namespace CollectiveAlignment.Web.Features.Recruitment.Setup;

/// <summary>Publishes a new consent text version; earlier versions stay, as volunteers accepted them.</summary>
public sealed class PublishConsentHandler(AppDbContext db, AuditLog audit, TimeProvider time)
{
    /// <summary>Publishes the text (audited).</summary>
    /// <exception cref="InvalidInputException">A part of the text is missing.</exception>
    /// <exception cref="StateConflictException">The process is closed.</exception>
    public async Task<ConsentText> HandleAsync(string actor, string slug, ConsentInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var process = await db.RequireOpenProcessAsync(slug, ct);
        if (new[] { input.Body, input.Collected, input.Purpose, input.Retention, input.Withdrawal }.Any(string.IsNullOrWhiteSpace))
        {
            throw new InvalidInputException("A consent text must say what is collected, why, how long it is kept and how to withdraw, and have a body.");
        }

        var text = new ConsentText
        {
            Id = Guid.NewGuid(),
            ProcessId = process.Id,
            Version = process.ConsentTexts.Count == 0 ? 1 : process.ConsentTexts.Max(t => t.Version) + 1,
            Body = input.Body.Trim(),
            Collected = input.Collected.Trim(),
            Purpose = input.Purpose.Trim(),
            Retention = input.Retention.Trim(),
            Withdrawal = input.Withdrawal.Trim(),
            PublishedAt = time.GetUtcNow(),
        };
        db.ConsentTexts.Add(text);
        await audit.AppendAsync(actor, "recruitment.consent.published", process.Id.ToString(), new { text.Version }, ct);
        return text;
    }
}
