using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Features.Recruitment.Pool;
using CollectiveAlignment.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>
/// Sends invitations, reminders and notices, and expires the unanswered ones; answers through the links are
/// <see cref="AnswerInvitationHandler"/>'s.
/// </summary>
public sealed class InvitationService(
    AppDbContext db, IEmailTransport transport, InvitationEmails emails, InvitationOptions options, AuditLog audit, VacatedSeats seats, TimeProvider time)
{
    /// <summary>The audit actor of expiries.</summary>
    public const string DeadlineActor = "invitation-deadline";

    /// <summary>
    /// Invites every selected volunteer of a process who has no live invitation yet, at their account's address or else
    /// the one imported with the pool. Idempotent: each invitation row is saved before its e-mail is sent and volunteers
    /// with a live row are skipped, so a retry never e-mails anyone twice (a crash between the save and the send leaves
    /// one invitation un-mailed, which its deadline then expires and replaces). A volunteer drawn again after an earlier
    /// panel superseded their invitation gets that row back with a fresh token (one row per volunteer). Selected
    /// volunteers without any address are counted as unreachable, for the researcher to contact another way. A closed
    /// process invites nobody.
    /// </summary>
    public async Task<InviteSummary> InviteSelectedAsync(Guid processId, Guid jobRunId, string actor, CancellationToken ct = default)
    {
        var process = await db.Processes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == processId, ct)
            ?? throw new InvalidOperationException($"Process {processId} does not exist.");
        if (process.Status == ProcessStatus.Closed)
        {
            return new InviteSummary(0, 0, 0);
        }

        var selected = await db.Volunteers
            .Where(v => v.ProcessId == process.Id && v.Status == VolunteerStatus.Selected)
            .WithAddresses(db)
            .ToListAsync(ct);
        var invited = (await db.Invitations.AsNoTracking().Where(i => i.ProcessId == process.Id).Select(i => new { i.Id, i.VolunteerId, i.SupersededAt }).ToListAsync(ct))
            .ToDictionary(i => i.VolunteerId);

        int sent = 0, skipped = 0, unreachable = 0;
        foreach (var volunteer in selected)
        {
            invited.TryGetValue(volunteer.Id, out var earlier);
            if (earlier is { SupersededAt: null })
            {
                skipped++;
                continue;
            }

            if (string.IsNullOrWhiteSpace(volunteer.Email))
            {
                unreachable++;
                continue;
            }

            var token = InvitationTokens.Create();
            var now = time.GetUtcNow();
            if (earlier is not null)
            {
                var deadline = now + options.ResponseWindow;
                var hash = InvitationTokens.Hash(token);
                // Conditional, so of two runs inviting at once only one revives the row and sends.
                var revived = await Invitation.ReinviteOnceAsync(db.Invitations, earlier.Id, hash, jobRunId, now, deadline, ct);
                if (!revived)
                {
                    skipped++;
                    continue;
                }

                await audit.AppendAsync(actor, "recruitment.invited", earlier.Id.ToString(), new { process = process.Slug, volunteer = volunteer.Id, deadline, again = true }, ct);
                await transport.SendAsync(emails.Invitation(volunteer.Email, process, token, deadline), ct);
                sent++;
                continue;
            }

            var invitation = new Invitation
            {
                Id = Guid.NewGuid(),
                ProcessId = process.Id,
                VolunteerId = volunteer.Id,
                JobRunId = jobRunId,
                TokenHash = InvitationTokens.Hash(token),
                SentAt = now,
                Deadline = now + options.ResponseWindow,
            };
            db.Invitations.Add(invitation);
            try
            {
                // Saved before the e-mail: the row is the "already sent" marker a retry relies on.
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.Entry(invitation).State = EntityState.Detached;
                if (!await db.Invitations.AsNoTracking().AnyAsync(i => i.VolunteerId == volunteer.Id, ct))
                {
                    throw;
                }

                // Another node's run invited this volunteer a moment ago (the unique index on the volunteer said so).
                skipped++;
                continue;
            }

            await audit.AppendAsync(actor, "recruitment.invited", invitation.Id.ToString(), new { process = process.Slug, volunteer = volunteer.Id, deadline = invitation.Deadline }, ct);
            await transport.SendAsync(emails.Invitation(volunteer.Email, process, token, invitation.Deadline), ct);
            sent++;
        }

        return new InviteSummary(sent, skipped, unreachable);
    }

    /// <summary>Expires every unanswered invitation whose deadline is at or before <paramref name="now"/> and queues replacements.</summary>
    public async Task<int> ExpireOverdueAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        // Closed processes are skipped: closing cancels their open invitations, and this keeps a late sweep from racing it.
        var overdue = await (
            from i in db.Invitations.AsNoTracking()
            join p in db.Processes on i.ProcessId equals p.Id
            where i.Status == InvitationStatus.Sent && p.Status != ProcessStatus.Closed
            select i)
            .ToListAsync(ct);
        var expired = 0;
        // Filtered in memory: SQLite cannot compare DateTimeOffset columns in SQL.
        foreach (var invitation in overdue.Where(i => i.Deadline <= now))
        {
            if (await Invitation.ExpireOnceAsync(db.Invitations, invitation.Id, ct))
            {
                await seats.LeaveAsync(invitation, InvitationStatus.Expired, DeadlineActor, ct);
                expired++;
            }
        }

        return expired;
    }

    /// <summary>
    /// Sends one reminder to each unanswered invitation within <see cref="InvitationOptions.ReminderBefore"/> of its
    /// deadline. Only the token's hash is stored, so the reminder carries a fresh token that replaces the first one;
    /// the new hash and the reminder time are written in one conditional update before the e-mail, so a repeated or
    /// overlapping sweep never reminds twice.
    /// </summary>
    public async Task<int> SendRemindersAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var pending = await (
            from i in db.Invitations.AsNoTracking()
            where i.Status == InvitationStatus.Sent && i.ReminderSentAt == null
            join v in db.Volunteers on i.VolunteerId equals v.Id
            join u in db.Users on v.UserId equals u.Id into users
            from u in users.DefaultIfEmpty()
            join p in db.Processes on i.ProcessId equals p.Id
            where p.Status != ProcessStatus.Closed
            select new { i.Id, i.Deadline, Email = u != null && u.Email != null ? u.Email : v.Email, Process = p })
            .ToListAsync(ct);
        var sent = 0;
        // Filtered in memory: SQLite cannot compare DateTimeOffset columns in SQL.
        foreach (var due in pending.Where(d => d.Deadline > now && d.Deadline - options.ReminderBefore <= now && !string.IsNullOrWhiteSpace(d.Email)))
        {
            var token = InvitationTokens.Create();
            var hash = InvitationTokens.Hash(token);
            var claimed = await db.Invitations
                .Where(i => i.Id == due.Id && i.Status == InvitationStatus.Sent && i.ReminderSentAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.TokenHash, hash).SetProperty(i => i.ReminderSentAt, now), ct);
            if (claimed == 0)
            {
                continue;
            }

            await audit.AppendAsync(DeadlineActor, "recruitment.invitation-reminded", due.Id.ToString(), new { deadline = due.Deadline }, ct);
            await transport.SendAsync(emails.Invitation(due.Email!, due.Process, token, due.Deadline, reminder: true), ct);
            sent++;
        }

        return sent;
    }

    /// <summary>
    /// E-mails each volunteer whose invitation a later panel superseded, or closing the process cancelled, that it no
    /// longer applies (and, if they had accepted, that the seat is released), so nobody keeps a dead link or a seat they
    /// believe they hold. Each is claimed with a conditional update before its e-mail, so a repeated run tells nobody twice.
    /// </summary>
    /// <returns>The number of notices sent.</returns>
    public async Task<int> SendNoticesAsync(Guid processId, CancellationToken ct = default)
    {
        var due = await (
            from i in db.Invitations.AsNoTracking()
            where i.ProcessId == processId && (i.Status == InvitationStatus.Superseded || i.Status == InvitationStatus.Cancelled) && i.NoticeSentAt == null
            join v in db.Volunteers on i.VolunteerId equals v.Id
            join u in db.Users on v.UserId equals u.Id into users
            from u in users.DefaultIfEmpty()
            join p in db.Processes on i.ProcessId equals p.Id
            select new { i.Id, i.Status, Accepted = i.RespondedAt != null, Email = u != null && u.Email != null ? u.Email : v.Email, Process = p })
            .ToListAsync(ct);
        var sent = 0;
        foreach (var notice in due.Where(d => !string.IsNullOrWhiteSpace(d.Email)))
        {
            var now = time.GetUtcNow();
            var claimed = await db.Invitations
                .Where(i => i.Id == notice.Id && i.NoticeSentAt == null && i.Status == notice.Status)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.NoticeSentAt, now), ct);
            if (claimed == 0)
            {
                continue;
            }

            await audit.AppendAsync(DeadlineActor, "recruitment.invitation-notice", notice.Id.ToString(), new { status = notice.Status.ToString(), accepted = notice.Accepted }, ct);
            await transport.SendAsync(emails.Notice(notice.Email!, notice.Process, notice.Status, notice.Accepted), ct);
            sent++;
        }

        return sent;
    }
}
