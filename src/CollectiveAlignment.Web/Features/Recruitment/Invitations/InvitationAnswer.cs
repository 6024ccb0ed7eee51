namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>What became of an answer given through an invitation link.</summary>
public enum InvitationAnswer
{
    /// <summary>The seat was accepted.</summary>
    Accepted,

    /// <summary>The seat was declined; a replacement is being drawn.</summary>
    Declined,

    /// <summary>No invitation has this token.</summary>
    Unknown,

    /// <summary>The invitation was answered before; links work once.</summary>
    AlreadyAnswered,

    /// <summary>The deadline passed.</summary>
    Expired,

    /// <summary>A later selection run replaced the panel without this volunteer.</summary>
    Superseded,

    /// <summary>The process was closed.</summary>
    Cancelled,
}
