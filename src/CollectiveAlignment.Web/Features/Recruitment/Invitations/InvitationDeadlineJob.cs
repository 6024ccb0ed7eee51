namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>
/// The recurring Hangfire job that reminds unanswered invitations near their deadline and expires those past it; the
/// logic lives in <see cref="InvitationService"/> so tests can call it with any instant.
/// </summary>
public sealed class InvitationDeadlineJob(InvitationService invitations, TimeProvider time)
{
    /// <summary>The recurring job's id.</summary>
    public const string RecurringJobId = "recruitment.invitation-deadlines";

    /// <summary>Reminds and expires what is due now. Safe to overlap or repeat: each step is a conditional update.</summary>
    public async Task SweepAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await invitations.SendRemindersAsync(now, ct);
        await invitations.ExpireOverdueAsync(now, ct);
    }
}
