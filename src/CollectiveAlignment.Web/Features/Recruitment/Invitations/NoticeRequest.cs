using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>The payload of a notice run: the process whose superseded or cancelled invitations are to be explained.</summary>
public sealed record NoticeRequest(Guid ProcessId) : IProcessPayload;
