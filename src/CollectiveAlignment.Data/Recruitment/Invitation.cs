using CollectiveAlignment.Data.Errors;
using Microsoft.EntityFrameworkCore;

namespace CollectiveAlignment.Data.Recruitment;

/// <summary>
/// An invitation of a selected volunteer to take a panel seat. Only the SHA-256 hash of the link token is stored, so a
/// copy of the database cannot be used to answer on someone's behalf. Its status changes only through the transition
/// methods below: Sent → Accepted | Declined | Expired | Cancelled; Sent or Accepted → Superseded (a later panel) or
/// Declined (withdrawal); Superseded → Sent (drawn again). Where two nodes may race, the change is a conditional update
/// (the <c>…OnceAsync</c> methods), so exactly one of them wins.
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
    public InvitationStatus Status { get; private set; }

    /// <summary>When it was created (and the e-mail sent).</summary>
    public DateTimeOffset SentAt { get; set; }

    /// <summary>After this instant the links no longer work and the seat goes to a replacement.</summary>
    public DateTimeOffset Deadline { get; set; }

    /// <summary>When the volunteer accepted or declined.</summary>
    public DateTimeOffset? RespondedAt { get; private set; }

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
    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>
    /// When the volunteer was e-mailed that this invitation no longer applies (superseded or cancelled); null while no
    /// such notice was sent. Set before sending, so a repeated notice run never writes twice.
    /// </summary>
    public DateTimeOffset? NoticeSentAt { get; set; }

    /// <summary>
    /// The one rule on accepted seats: a later panel may release members who accepted a seat on the panel in use only
    /// when the researcher confirmed releasing them.
    /// </summary>
    /// <param name="acceptedSeats">Accepted seats the change would release.</param>
    /// <param name="releaseConfirmed">Whether the researcher confirmed releasing accepted members.</param>
    public static bool MayReleaseAccepted(int acceptedSeats, bool releaseConfirmed) => acceptedSeats == 0 || releaseConfirmed;

    /// <summary>The volunteer accepts through the link (Sent → Accepted).</summary>
    /// <exception cref="StateConflictException">It is not waiting for an answer.</exception>
    public void Accept(DateTimeOffset now) => Answer(InvitationStatus.Accepted, now);

    /// <summary>The volunteer declines through the link (Sent → Declined); the seat goes to a replacement.</summary>
    /// <exception cref="StateConflictException">It is not waiting for an answer.</exception>
    public void Decline(DateTimeOffset now) => Answer(InvitationStatus.Declined, now);

    /// <summary>The deadline passed without an answer (Sent → Expired); the seat goes to a replacement.</summary>
    /// <exception cref="StateConflictException">It is not waiting for an answer.</exception>
    public void Expire()
    {
        EnsureIs(InvitationStatus.Sent);
        Status = InvitationStatus.Expired;
    }

    /// <summary>
    /// The volunteer withdrew, giving up the seat whether or not they had accepted it (Sent or Accepted → Declined), so
    /// the link stops working and a replacement is drawn.
    /// </summary>
    /// <exception cref="StateConflictException">It holds no seat of the panel in use.</exception>
    public void GiveUp(DateTimeOffset now)
    {
        if (SupersededAt is not null || Status is not (InvitationStatus.Sent or InvitationStatus.Accepted))
        {
            throw Refused("given up");
        }

        Status = InvitationStatus.Declined;
        RespondedAt = now;
    }

    /// <summary>
    /// A later panel took effect without this volunteer: the seat closes. An open invitation becomes Superseded, an
    /// accepted one too (its seat is released, which <see cref="MayReleaseAccepted"/> must allow); a declined or expired
    /// one keeps its status, but its seat is no longer replaced.
    /// </summary>
    /// <returns>The status it had, so the caller can count superseded and released seats.</returns>
    /// <exception cref="StateConflictException">It was already superseded, or it is an accepted seat whose release was not confirmed.</exception>
    public InvitationStatus Supersede(DateTimeOffset now, bool releaseConfirmed)
    {
        if (SupersededAt is not null)
        {
            throw Refused("superseded");
        }

        if (!MayReleaseAccepted(Status == InvitationStatus.Accepted ? 1 : 0, releaseConfirmed))
        {
            throw new StateConflictException("An accepted seat is released only when releasing accepted members was confirmed.");
        }

        var from = Status;
        SupersededAt = now;
        if (Status is InvitationStatus.Sent or InvitationStatus.Accepted)
        {
            Status = InvitationStatus.Superseded;
        }

        return from;
    }

    /// <summary>The process was closed before an answer (Sent → Cancelled): the link says so.</summary>
    /// <exception cref="StateConflictException">It is not waiting for an answer.</exception>
    public void Cancel()
    {
        EnsureIs(InvitationStatus.Sent);
        Status = InvitationStatus.Cancelled;
    }

    /// <summary>
    /// Answers once (Sent → Accepted or Declined) with a conditional update: of two simultaneous answers only one changes
    /// the row. The caller has checked the deadline and the process.
    /// </summary>
    /// <returns>Whether this call made the change.</returns>
    public static async Task<bool> AnswerOnceAsync(IQueryable<Invitation> invitations, Guid id, bool accept, DateTimeOffset now, CancellationToken ct = default)
    {
        var status = accept ? InvitationStatus.Accepted : InvitationStatus.Declined;
        return await invitations
            .Where(i => i.Id == id && i.Status == InvitationStatus.Sent)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, status).SetProperty(i => i.RespondedAt, now), ct) == 1;
    }

    /// <summary>Expires once (Sent → Expired) with a conditional update, so an overlapping sweep or an answer wins cleanly.</summary>
    /// <returns>Whether this call made the change.</returns>
    public static async Task<bool> ExpireOnceAsync(IQueryable<Invitation> invitations, Guid id, CancellationToken ct = default) =>
        await invitations
            .Where(i => i.Id == id && i.Status == InvitationStatus.Sent)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, InvitationStatus.Expired), ct) == 1;

    /// <summary>
    /// Invites again a volunteer a later panel drew back (Superseded → Sent) with a fresh token and deadline, as a
    /// conditional update so that of two runs inviting at once only one revives the row. Only an unanswered or released
    /// invitation comes back, never a decline or an expiry (those volunteers are not drawn again).
    /// </summary>
    /// <returns>Whether this call made the change.</returns>
    public static async Task<bool> ReinviteOnceAsync(IQueryable<Invitation> invitations, Guid id, string tokenHash, Guid jobRunId, DateTimeOffset now, DateTimeOffset deadline, CancellationToken ct = default) =>
        await invitations
            .Where(i => i.Id == id && i.SupersededAt != null && i.Status == InvitationStatus.Superseded)
            .ExecuteUpdateAsync(u => u
                .SetProperty(i => i.Status, InvitationStatus.Sent)
                .SetProperty(i => i.TokenHash, tokenHash)
                .SetProperty(i => i.JobRunId, jobRunId)
                .SetProperty(i => i.SentAt, now)
                .SetProperty(i => i.Deadline, deadline)
                .SetProperty(i => i.RespondedAt, (DateTimeOffset?)null)
                .SetProperty(i => i.ReminderSentAt, (DateTimeOffset?)null)
                .SetProperty(i => i.ReplacementVolunteerId, (Guid?)null)
                .SetProperty(i => i.SupersededAt, (DateTimeOffset?)null)
                .SetProperty(i => i.NoticeSentAt, (DateTimeOffset?)null), ct) == 1;

    private void Answer(InvitationStatus status, DateTimeOffset now)
    {
        EnsureIs(InvitationStatus.Sent);
        Status = status;
        RespondedAt = now;
    }

    private void EnsureIs(InvitationStatus expected)
    {
        if (Status != expected)
        {
            throw Refused(expected == InvitationStatus.Sent ? "answered" : "changed");
        }
    }

    private StateConflictException Refused(string what) =>
        new($"This invitation is {Status.ToString().ToLowerInvariant()}{(SupersededAt is null ? "" : " (superseded)")} and cannot be {what}.");
}
