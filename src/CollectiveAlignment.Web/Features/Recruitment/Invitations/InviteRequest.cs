using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>The payload of an invitation run: the process whose selected, not yet invited volunteers get e-mailed.</summary>
public sealed record InviteRequest(Guid ProcessId) : IProcessPayload;
