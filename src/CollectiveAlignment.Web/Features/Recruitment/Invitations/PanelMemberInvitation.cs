using CollectiveAlignment.Data.Recruitment;

namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>A member of the panel in use and where their invitation stands.</summary>
/// <param name="VolunteerId">The volunteer.</param>
/// <param name="Label">The imported id, else "volunteer" and the first block of the id.</param>
/// <param name="Invitation">The live invitation's status; null while none was sent.</param>
/// <param name="Reachable">Whether an e-mail address is known (the account's, else the imported one).</param>
public sealed record PanelMemberInvitation(Guid VolunteerId, string Label, InvitationStatus? Invitation, bool Reachable);
