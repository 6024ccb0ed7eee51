using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Data.Recruitment;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Setup;

/// <summary>Creates a process in draft.</summary>
public sealed partial class CreateProcessHandler(AppDbContext db, AuditLog audit, TimeProvider time)
{
    /// <summary>The largest panel the portal accepts; beyond it LEXIMIN's run time is not known to be reasonable.</summary>
    public const int MaxPanelSize = 1000;

    /// <summary>Validates the input and creates the process (audited).</summary>
    /// <exception cref="InvalidInputException">The address, topic or panel size is invalid.</exception>
    /// <exception cref="StateConflictException">Another process uses the address.</exception>
    public async Task<Process> HandleAsync(string actor, ProcessInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var slug = (input.Slug ?? "").Trim().ToLowerInvariant();
        if (!SlugPattern().IsMatch(slug))
        {
            throw new InvalidInputException("The address must be 3 to 64 lower-case letters, digits or hyphens, starting with a letter or digit.");
        }

        if (string.IsNullOrWhiteSpace(input.Topic))
        {
            throw new InvalidInputException("Give the process a topic.");
        }

        if (input.PanelSize is < 1 or > MaxPanelSize)
        {
            throw new InvalidInputException($"The panel size must be between 1 and {MaxPanelSize}.");
        }

        if (await db.Processes.AnyAsync(p => p.Slug == slug, ct))
        {
            throw new StateConflictException($"The address '{slug}' is already used by another process.");
        }

        // A new process starts in Draft, the status's default.
        var process = new Process
        {
            Id = Guid.NewGuid(),
            Slug = slug,
            Topic = input.Topic.Trim(),
            PanelSize = input.PanelSize,
            Algorithm = input.Algorithm.ToString(),
            // Unpredictable unless the researcher announces their own (e.g. tomorrow's lottery numbers).
            PublicSeed = string.IsNullOrWhiteSpace(input.PublicSeed) ? RandomNumberGenerator.GetInt32(0, int.MaxValue).ToString(CultureInfo.InvariantCulture) : input.PublicSeed.Trim(),
            CreatedBy = actor,
            CreatedAt = time.GetUtcNow(),
        };
        db.Processes.Add(process);
        await audit.AppendAsync(actor, "recruitment.process.created", process.Id.ToString(), new { slug, process.PanelSize, process.Algorithm, process.PublicSeed }, ct);
        return process;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
