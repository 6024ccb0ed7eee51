namespace CollectiveAlignment.Web.Areas.Research.Recruitment;

/// <summary>
/// The recurring Hangfire job that expires unanswered invitations past their deadline; the logic lives in
/// <see cref="InvitationService.ExpireOverdueAsync"/> so tests can call it with any instant.
/// </summary>
public sealed class InvitationDeadlineJob(InvitationService invitations, TimeProvider time)
{
    /// <summary>The recurring job's id.</summary>
    public const string RecurringJobId = "recruitment.invitation-deadlines";

    /// <summary>Expires what is overdue now. Safe to overlap or repeat: each expiry is a conditional update.</summary>
    public Task<int> SweepAsync(CancellationToken ct) => invitations.ExpireOverdueAsync(time.GetUtcNow(), ct);
}
