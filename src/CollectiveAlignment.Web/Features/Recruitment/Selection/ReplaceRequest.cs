namespace CollectiveAlignment.Web.Features.Recruitment.Selection;

/// <summary>The payload of a replacement run: the declined or expired invitation whose seat is to be filled.</summary>
public sealed record ReplaceRequest(Guid InvitationId);
