namespace CollectiveAlignment.Data.Recruitment;

/// <summary>
/// A member of a process's pool. It holds no demographics: those are <see cref="ScreeningAnswer"/> rows in their own
/// table, so they can be erased (or access-controlled) without touching identity or votes.
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
    public VolunteerStatus Status { get; set; }

    /// <summary>When it joined the pool.</summary>
    public DateTimeOffset JoinedAt { get; set; }

    /// <summary>When it withdrew.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
}
