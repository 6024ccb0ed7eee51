using System.Text.Json;
using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Sortition;
using CollectiveAlignment.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Areas.Research.Recruitment;

/// <summary>
/// Fills the seat of a declined or expired invitation with the Sortition library's quota-keeping
/// <see cref="Replacement"/>, marks the replacement selected and invites them. Idempotent: the replacement is recorded
/// on the invitation, so a retry skips the draw, and inviting skips anyone already invited. The draw's seed is the
/// process's public seed plus the invitation id, so it can be re-checked by anyone.
/// </summary>
public sealed class ReplaceVolunteerJob(AppDbContext db, RecruitmentService recruitment, InvitationService invitations, AuditLog audit) : IJobHandler
{
    /// <summary>The run kind.</summary>
    public const string JobKind = "recruitment.replace";

    /// <inheritdoc />
    public string Kind => JobKind;

    // Draws for different seats must see each other's result, or two could each keep the quotas against a panel the
    // other has just changed. One lock per node; across nodes the conditional update below makes a clash fail and retry.
    private static readonly SemaphoreSlim DrawLock = new(1, 1);

    /// <inheritdoc />
    public async Task<object?> RunAsync(JobRun run, IProgress<JobProgress> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        var request = JsonSerializer.Deserialize<ReplaceRequest>(run.Payload ?? "null")
            ?? throw new InvalidOperationException("The run has no invitation to replace.");
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == request.InvitationId, ct)
            ?? throw new InvalidOperationException($"Invitation {request.InvitationId} does not exist.");
        if (invitation.Status is not (InvitationStatus.Declined or InvitationStatus.Expired))
        {
            return new { replacement = (Guid?)null, explanation = "The invitation was not declined or expired." };
        }

        string explanation;
        await DrawLock.WaitAsync(ct);
        try
        {
            // Re-read under the lock: a concurrent attempt for the same seat may have drawn already.
            await db.Entry(invitation).ReloadAsync(ct);
            explanation = invitation.ReplacementVolunteerId is null
                ? await DrawAsync(invitation, run.RequestedBy, ct)
                : "Replacement drawn by an earlier attempt.";
        }
        finally
        {
            DrawLock.Release();
        }

        progress.Report(new JobProgress(80, "Inviting the replacement"));
        var invited = await invitations.InviteSelectedAsync(invitation.ProcessId, run.Id, run.RequestedBy, ct);
        return new { replacement = invitation.ReplacementVolunteerId, explanation, invited = invited.Invited };
    }

    private async Task<string> DrawAsync(Invitation invitation, string actor, CancellationToken ct)
    {
        var slug = await db.Processes.Where(p => p.Id == invitation.ProcessId).Select(p => p.Slug).SingleAsync(ct);
        var process = (await recruitment.FindAsync(slug, ct))!;
        var pool = await recruitment.LoadPoolAsync(process, ct);
        var problem = SelectionProblem.Create(RecruitmentService.ToSortition(process), pool.Select(p => p.Person).ToList(), process.PanelSize, process.OnePerHousehold);
        var declinedId = invitation.VolunteerId.ToString();
        // The panel as it was: everyone still selected plus every seat still waiting for its replacement (this one
        // included), so that a deadline sweep expiring several invitations at once still draws against a full panel.
        var open = (await db.Invitations
            .Where(i => i.ProcessId == process.Id && (i.Status == InvitationStatus.Declined || i.Status == InvitationStatus.Expired) && i.ReplacementVolunteerId == null)
            .Select(i => i.VolunteerId).ToListAsync(ct)).Select(id => id.ToString());
        var poolIds = pool.Select(p => p.Person.Id).ToHashSet(StringComparer.Ordinal);
        var panel = pool.Where(p => p.Volunteer.Status == VolunteerStatus.Selected).Select(p => p.Person.Id)
            .Concat(open.Where(poolIds.Contains)).Append(declinedId).Distinct().ToList();
        // Anyone invited before (including earlier decliners) may not be drawn: one invitation per volunteer.
        var unavailable = (await db.Invitations.Where(i => i.ProcessId == process.Id).Select(i => i.VolunteerId).ToListAsync(ct))
            .Select(id => id.ToString()).ToList();
        var result = Replacement.Draw(problem, panel, declinedId, unavailable, $"{process.PublicSeed}/replace/{invitation.Id}");
        if (result.ReplacementId is not null)
        {
            var replacementId = Guid.Parse(result.ReplacementId);
            // Conditional, because replacement runs for other seats may draw at the same time: the loser fails and
            // its retry draws again against the updated panel.
            var taken = await db.Volunteers
                .Where(v => v.Id == replacementId && v.Status == VolunteerStatus.Pooled)
                .ExecuteUpdateAsync(u => u.SetProperty(v => v.Status, VolunteerStatus.Selected), ct);
            if (taken == 0)
            {
                throw new InvalidOperationException($"Volunteer {replacementId} was taken by another replacement; retrying draws again.");
            }

            // Saved by the audit append below. A crash in between leaves a selected volunteer no seat points to; a
            // known gap, kept because an explicit transaction here contends with the audit chain's own writes on SQLite.
            invitation.ReplacementVolunteerId = replacementId;
        }

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
