namespace CollectiveAlignment.Data.Recruitment;

/// <summary>
/// An invitation of a selected volunteer to take a panel seat. Only the SHA-256 hash of the link token is stored, so a
/// copy of the database cannot be used to answer on someone's behalf.
/// </summary>
public sealed class Invitation
{
    /// <summary>The invitation's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The process whose panel the seat belongs to.</summary>
    public Guid ProcessId { get; set; }

    /// <summary>The invited volunteer.</summary>
    public Guid VolunteerId { get; set; }

    /// <summary>The job run that sent it, so a retried run can recognise its own work.</summary>
    public Guid JobRunId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the link token; the raw token only ever exists in the e-mail.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>Where it stands.</summary>
    public InvitationStatus Status { get; set; }

    /// <summary>When it was created (and the e-mail sent).</summary>
    public DateTimeOffset SentAt { get; set; }

    /// <summary>After this instant the links no longer work and the seat goes to a replacement.</summary>
    public DateTimeOffset Deadline { get; set; }

    /// <summary>When the volunteer accepted or declined.</summary>
    public DateTimeOffset? RespondedAt { get; set; }

    /// <summary>
    /// The volunteer drawn to take the seat after a decline or expiry; set once, so a retried replacement run does not
    /// draw a second person.
    /// </summary>
    public Guid? ReplacementVolunteerId { get; set; }

    /// <summary>When a reminder was sent; null while none was.</summary>
    public DateTimeOffset? ReminderSentAt { get; set; }

    /// <summary>
    /// When a later selection run took effect without this volunteer, closing the seat this invitation was for (its
    /// status becomes <see cref="InvitationStatus.Superseded"/> if it was open; a declined or expired one keeps its
    /// status, but its seat is no longer replaced); null while it belongs to the panel in use.
    /// </summary>
    public DateTimeOffset? SupersededAt { get; set; }

    /// <summary>
    /// When the volunteer was e-mailed that this invitation no longer applies (superseded or cancelled); null while no
    /// such notice was sent. Set before sending, so a repeated notice run never writes twice.
    /// </summary>
    public DateTimeOffset? NoticeSentAt { get; set; }
}
