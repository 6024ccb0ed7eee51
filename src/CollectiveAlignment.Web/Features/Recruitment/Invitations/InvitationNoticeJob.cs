using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>
/// Tells everyone whose invitation a later panel superseded or closing the process cancelled that it no longer applies
/// (see <see cref="InvitationService.SendNoticesAsync"/>); idempotent, so a retried run tells nobody twice.
/// </summary>
public sealed class InvitationNoticeJob(InvitationService invitations) : IJobHandler<NoticeRequest>
{
    /// <summary>The run kind.</summary>
    public const string JobKind = "recruitment.invitation-notices";

    /// <inheritdoc />
    public async Task<object?> RunAsync(JobRun run, NoticeRequest request, IProgress<JobProgress> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new { notified = await invitations.SendNoticesAsync(request.ProcessId, ct) };
    }
}
