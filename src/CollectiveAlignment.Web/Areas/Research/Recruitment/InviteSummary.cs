namespace CollectiveAlignment.Web.Areas.Research.Recruitment;

/// <summary>The result of an invitation run.</summary>
/// <param name="Invited">Invitations created and e-mailed by this run.</param>
/// <param name="AlreadyInvited">Selected volunteers skipped because an earlier run (or attempt) invited them.</param>
/// <param name="Unreachable">Selected volunteers without an account e-mail (imported pools), left for the researcher.</param>
public sealed record InviteSummary(int Invited, int AlreadyInvited, int Unreachable);
