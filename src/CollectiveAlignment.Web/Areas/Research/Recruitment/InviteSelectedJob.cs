using System.Net;
using System.Text.Json;
using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Web.Infrastructure.Email;
using CollectiveAlignment.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CollectiveAlignment.Web.Areas.Research.Recruitment;

/// <summary>
/// Invites every selected volunteer of a process who has no invitation yet. Idempotent: each invitation row is saved
/// before its e-mail is sent, and volunteers with a row are skipped, so a retried run never e-mails anyone twice (at
/// worst a crash between the save and the send leaves one invitation un-mailed, which the deadline then expires).
/// </summary>
public sealed class InviteSelectedJob(AppDbContext db, IEmailTransport transport, EmailOptions email, InvitationOptions options, AuditLog audit, TimeProvider time) : IJobHandler
{
    /// <summary>The run kind.</summary>
    public const string JobKind = "recruitment.invite";

    /// <inheritdoc />
    public string Kind => JobKind;

    /// <inheritdoc />
    public async Task<object?> RunAsync(JobRun run, IProgress<JobProgress> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(progress);
        var request = JsonSerializer.Deserialize<InviteRequest>(run.Payload ?? "null")
            ?? throw new InvalidOperationException("The run has no process to invite for.");
        var process = await db.Processes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.ProcessId, ct)
            ?? throw new InvalidOperationException($"Process {request.ProcessId} does not exist.");

        var selected = await (
            from v in db.Volunteers
            where v.ProcessId == process.Id && v.Status == VolunteerStatus.Selected
            join u in db.Users on v.UserId equals u.Id into users
            from u in users.DefaultIfEmpty()
            select new { v.Id, Email = u == null ? null : u.Email })
            .ToListAsync(ct);
        var invited = (await db.Invitations.Where(i => i.ProcessId == process.Id).Select(i => i.VolunteerId).ToListAsync(ct)).ToHashSet();

        int sent = 0, skipped = 0, unreachable = 0;
        foreach (var volunteer in selected)
        {
            if (invited.Contains(volunteer.Id))
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
            var invitation = new Invitation
            {
                Id = Guid.NewGuid(),
                ProcessId = process.Id,
                VolunteerId = volunteer.Id,
                JobRunId = run.Id,
                TokenHash = InvitationTokens.Hash(token),
                Status = InvitationStatus.Sent,
                SentAt = now,
                Deadline = now + options.ResponseWindow,
            };
            db.Invitations.Add(invitation);
            // Saved (with its audit entry) before the e-mail: the row is the "already sent" marker a retry relies on.
            await audit.AppendAsync(run.RequestedBy, "recruitment.invited", invitation.Id.ToString(), new { process = process.Slug, volunteer = volunteer.Id, deadline = invitation.Deadline }, ct);
            await db.SaveChangesAsync(ct);
            await transport.SendAsync(Compose(volunteer.Email, process, token, invitation.Deadline), ct);
            sent++;
            progress.Report(new JobProgress(Math.Min(99, 100 * (sent + skipped + unreachable) / Math.Max(1, selected.Count)), $"Invited {sent}"));
        }

        return new InviteSummary(sent, skipped, unreachable);
    }

    private MimeMessage Compose(string to, Process process, string token, DateTimeOffset deadline)
    {
        var baseUrl = options.PublicBaseUrl.TrimEnd('/');
        var accept = $"{baseUrl}/participate/invitations/{token}/accept";
        var decline = $"{baseUrl}/participate/invitations/{token}/decline";
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(email.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = $"You were selected for the panel on {process.Topic}";
        var text = $"You were selected by lot to sit on the panel on \"{process.Topic}\". Please answer by {deadline:yyyy-MM-dd HH:mm} UTC; after that your seat goes to someone else.";
        message.Body = new BodyBuilder
        {
            TextBody = $"{text}\n\nAccept: {accept}\nDecline: {decline}\n",
            HtmlBody = $"<p>{WebUtility.HtmlEncode(text)}</p><p><a href=\"{accept}\">Accept my seat</a></p><p><a href=\"{decline}\">Decline</a></p>",
        }.ToMessageBody();
        return message;
    }
}
