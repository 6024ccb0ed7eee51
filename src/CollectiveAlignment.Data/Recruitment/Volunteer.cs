using CollectiveAlignment.Data.Errors;

namespace CollectiveAlignment.Data.Recruitment;

/// <summary>
/// A member of a process's pool. It holds no demographics: those are <see cref="ScreeningAnswer"/> rows in their own
/// table, so they can be erased (or access-controlled) without touching identity or votes. Its status changes only
/// through the transition methods below (Pooled ⇄ Selected, either → Withdrawn, never back).
/// </summary>
public sealed class Volunteer
{
    /// <summary>The volunteer's id, also the person id used in selection runs and people CSV files.</summary>
    public Guid Id { get; set; }

    /// <summary>The process whose pool it is in.</summary>
    public Guid ProcessId { get; set; }

    /// <summary>The portal account that signed up; null for people imported from a CSV pool, and after withdrawal.</summary>
    public string? UserId { get; set; }

    /// <summary>The id in an imported people file, kept so exports and panels can be matched back; null for sign-ups.</summary>
    public string? ExternalId { get; set; }

    /// <summary>
    /// The contact address of an imported person (the people file's <c>email</c> column), used to invite them; null for
    /// sign-ups, whose address is their account's, for imported people without one, and after withdrawal.
    /// </summary>
    public string? Email { get; set; }

    /// <summary>
    /// Lower-case hex SHA-256 of the process id and the normalised household/address key, for the one-per-household
    /// rule. Only equality matters, so the address itself is never stored; null when none was given and after withdrawal.
    /// </summary>
    public string? HouseholdKey { get; set; }

    /// <summary>The consent text version accepted; null for imported people, whose consent was gathered elsewhere.</summary>
    public int? ConsentVersion { get; set; }

    /// <summary>Where it stands.</summary>
    public VolunteerStatus Status { get; private set; }

    /// <summary>When it joined the pool.</summary>
    public DateTimeOffset JoinedAt { get; set; }

    /// <summary>When it withdrew.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>Drawn onto the panel (to Selected) by a selection run or a replacement draw; a no-op if already selected.</summary>
    /// <exception cref="StateConflictException">The volunteer withdrew.</exception>
    public void Select()
    {
        EnsureActive();
        Status = VolunteerStatus.Selected;
    }

    /// <summary>Back in the pool (to Pooled): left out by a new panel, or gave up the seat; a no-op if already pooled.</summary>
    /// <exception cref="StateConflictException">The volunteer withdrew.</exception>
    public void ReturnToPool()
    {
        EnsureActive();
        Status = VolunteerStatus.Pooled;
    }

    /// <summary>
    /// Withdraws (to Withdrawn): the account link, contact address and household key are erased; the row stays as an
    /// anonymous tombstone so counts stay consistent. The caller erases the screening answers and gives up the seat.
    /// </summary>
    /// <returns>Whether the volunteer was on the panel.</returns>
    /// <exception cref="StateConflictException">The volunteer already withdrew.</exception>
    public bool Withdraw(DateTimeOffset now)
    {
        EnsureActive();
        var wasSelected = Status == VolunteerStatus.Selected;
        Status = VolunteerStatus.Withdrawn;
        UserId = null;
        Email = null;
        HouseholdKey = null;
        WithdrawnAt = now;
        return wasSelected;
    }

    private void EnsureActive()
    {
        if (Status == VolunteerStatus.Withdrawn)
        {
            throw new StateConflictException("This volunteer has withdrawn from the pool.");
        }
    }
}
