using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>
/// Invites every selected, not yet invited volunteer of a process (see <see cref="InvitationService.InviteSelectedAsync"/>);
/// idempotent, so a retried run sends nothing twice.
/// </summary>
public sealed class InviteSelectedJob(InvitationService invitations) : IJobHandler<InviteRequest>
{
    /// <summary>The run kind.</summary>
    public const string JobKind = "recruitment.invite";

    /// <inheritdoc />
    public async Task<object?> RunAsync(JobRun run, InviteRequest request, IProgress<JobProgress> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(request);
        return await invitations.InviteSelectedAsync(request.ProcessId, run.Id, run.RequestedBy, ct);
    }
}
