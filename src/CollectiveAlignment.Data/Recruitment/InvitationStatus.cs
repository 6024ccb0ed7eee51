namespace CollectiveAlignment.Data.Recruitment;

/// <summary>Where an invitation to sit on a panel stands.</summary>
public enum InvitationStatus
{
    /// <summary>E-mailed, waiting for an answer.</summary>
    Sent,

    /// <summary>The volunteer accepted the seat.</summary>
    Accepted,

    /// <summary>The volunteer declined the seat.</summary>
    Declined,

    /// <summary>The deadline passed without an answer.</summary>
    Expired,

    /// <summary>A later selection run took effect without this volunteer: the link no longer works.</summary>
    Superseded,

    /// <summary>The process was closed before an answer: the link no longer works.</summary>
    Cancelled,
}
