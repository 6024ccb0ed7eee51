namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>The result of an invitation run.</summary>
/// <param name="Invited">Invitations created and e-mailed by this run.</param>
/// <param name="AlreadyInvited">Selected volunteers skipped because an earlier run (or attempt) invited them.</param>
/// <param name="Unreachable">
/// Selected volunteers with no e-mail address (no account and none imported with the pool): they cannot be invited by
/// the portal, so the researcher must contact them another way; the run page lists them.
/// </param>
public sealed record InviteSummary(int Invited, int AlreadyInvited, int Unreachable);
