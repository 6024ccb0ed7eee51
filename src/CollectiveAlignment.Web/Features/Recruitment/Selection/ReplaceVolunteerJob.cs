using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Sortition;
using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using CollectiveAlignment.Web.Features.Recruitment.Pool;
using CollectiveAlignment.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Selection;

/// <summary>
/// Fills the seat of a declined or expired invitation with the Sortition library's quota-keeping
/// <see cref="Replacement"/>, marks the replacement selected and invites them. Idempotent: the replacement is recorded
/// on the invitation, so a retry skips the draw, and inviting skips anyone already invited. The draw's seed is the
/// process's public seed plus the invitation id, so it can be re-checked by anyone.
/// </summary>
/// <remarks>
/// Safe when several portal nodes share the database: a draw reads the seats version, the seat and the panel, then saves
/// its outcome (the replacement and their seat, or nothing when nobody fits) with an incremented
/// <see cref="Process.SeatsVersion"/> in one transaction that only succeeds if the version is still the one read. Of two draws working from the same panel (for the same seat or for two seats whose quotas interact) the
/// second therefore fails, re-reads and draws again, or finds the seat filled; no in-process lock is needed.
/// </remarks>
public sealed class ReplaceVolunteerJob(AppDbContext db, InvitationService invitations, AuditLog audit) : IJobHandler<ReplaceRequest>
{
    /// <summary>The run kind.</summary>
    public const string JobKind = "recruitment.replace";

    /// <summary>Draws tried before the run fails (and the background-run retry takes over).</summary>
    public const int MaxDrawAttempts = 8;

    /// <inheritdoc />
    public async Task<object?> RunAsync(JobRun run, ReplaceRequest request, IProgress<JobProgress> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        for (var attempt = 1; ; attempt++)
        {
            // Every attempt starts from what the database holds now, never from entities tracked by a failed attempt;
            // the run row stays tracked, as the executor saves its outcome through this context.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is not JobRun).ToList())
            {
                entry.State = EntityState.Detached;
            }

            var processId = await db.Invitations.Where(i => i.Id == request.InvitationId).Select(i => (Guid?)i.ProcessId).SingleOrDefaultAsync(ct)
                ?? throw new InvalidOperationException($"Invitation {request.InvitationId} does not exist.");
            // The seats version first, then the seat: a draw another node saves after this read makes this attempt's
            // save fail, and one saved before it is already visible in the invitation read next.
            await db.Processes.SingleAsync(p => p.Id == processId, ct);
            var invitation = await db.Invitations.SingleAsync(i => i.Id == request.InvitationId, ct);
            var skip = await WhyNotToDrawAsync(invitation, ct);
            if (skip is not null)
            {
                return new { replacement = (Guid?)null, explanation = skip };
            }

            string explanation;
            try
            {
                explanation = invitation.ReplacementVolunteerId is null
                    ? await DrawAsync(invitation, run.RequestedBy, ct)
                    : "Replacement drawn by an earlier attempt.";
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxDrawAttempts)
            {
                // Another draw, selection run or closure changed the panel since this attempt read it. Back off a little
                // (randomly, so two nodes do not collide again in step) and draw against the panel as it is now.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50) * attempt), ct);
                continue;
            }

            progress.Report(new JobProgress(80, "Inviting the replacement"));
            var invited = await invitations.InviteSelectedAsync(invitation.ProcessId, run.Id, run.RequestedBy, ct);
            return new { replacement = invitation.ReplacementVolunteerId, explanation, invited = invited.Invited, unreachable = invited.Unreachable };
        }
    }

    private async Task<string?> WhyNotToDrawAsync(Invitation invitation, CancellationToken ct)
    {
        if (invitation.Status is not (InvitationStatus.Declined or InvitationStatus.Expired))
        {
            return "The invitation was not declined or expired.";
        }

        if (invitation.SupersededAt is not null)
        {
            return "The seat belonged to a panel that a later selection run replaced.";
        }

        return await db.Processes.AnyAsync(p => p.Id == invitation.ProcessId && p.Status == ProcessStatus.Closed, ct)
            ? "The process is closed: no replacements are drawn."
            : null;
    }

    private async Task<string> DrawAsync(Invitation invitation, string actor, CancellationToken ct)
    {
        var slug = await db.Processes.Where(p => p.Id == invitation.ProcessId).Select(p => p.Slug).SingleAsync(ct);
        // The instance tracked since the attempt began, so its seats version is the one read before the invitation.
        var process = (await db.FindProcessAsync(slug, ct))!;
        var pool = await db.LoadPoolAsync(process, ct);
        var problem = SelectionProblem.Create(process.SortitionCategories(), pool.Select(p => p.Person).ToList(), process.PanelSize, process.OnePerHousehold);
        var declinedId = invitation.VolunteerId.ToString();
        // The panel as it was: everyone still selected plus every seat still waiting for its replacement (this one
        // included), so that a deadline sweep expiring several invitations at once still draws against a full panel.
        var open = (await db.Invitations
            .Where(i => i.ProcessId == process.Id && (i.Status == InvitationStatus.Declined || i.Status == InvitationStatus.Expired) && i.ReplacementVolunteerId == null && i.SupersededAt == null)
            .Select(i => i.VolunteerId).ToListAsync(ct)).Select(id => id.ToString());
        var poolIds = pool.Select(p => p.Person.Id).ToHashSet(StringComparer.Ordinal);
        var panel = pool.Where(p => p.Volunteer.Status == VolunteerStatus.Selected).Select(p => p.Person.Id)
            .Concat(open.Where(poolIds.Contains)).Append(declinedId).Distinct().ToList();
        // Anyone with an invitation may not be drawn (one per volunteer), except those whose invitation a later panel
        // superseded before they answered: they neither refused nor hold a seat.
        var unavailable = (await db.Invitations.Where(i => i.ProcessId == process.Id && i.Status != InvitationStatus.Superseded).Select(i => i.VolunteerId).ToListAsync(ct))
            .Select(id => id.ToString()).ToList();
        var result = Replacement.Draw(problem, panel, declinedId, unavailable, $"{process.PublicSeed}/replace/{invitation.Id}");
        if (result.ReplacementId is not null)
        {
            var replacement = await db.Volunteers.SingleAsync(v => v.Id == Guid.Parse(result.ReplacementId), ct);
            if (replacement.Status != VolunteerStatus.Pooled)
            {
                // Withdrew since the pool was read (withdrawals leave the seats version alone): draw again.
                throw new DbUpdateConcurrencyException($"Volunteer {replacement.Id} left the pool during the draw.");
            }

            replacement.Select();
            invitation.ReplacementVolunteerId = replacement.Id;
        }

        // Saved even when nobody fits, since that outcome was also drawn against the panel as read: seat, replacement,
        // version and audit entry go in one SaveChanges (the audit log saves pending changes with its entry), which
        // fails as a whole if another node changed the panel in the meantime and which a crash cannot split.
        process.SeatsVersion++;
        await audit.AppendAsync(actor, "recruitment.replaced", invitation.Id.ToString(), new
        {
            process = process.Slug,
            declined = invitation.VolunteerId,
            replacement = result.ReplacementId,
            candidates = result.Candidates,
            explanation = result.Explanation,
        }, ct);
        return result.Explanation;
    }
}
