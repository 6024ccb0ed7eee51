using CollectiveAlignment.Data.Recruitment;

namespace CollectiveAlignment.Web.Features.Recruitment.Pool;

/// <summary>A volunteer with the address their invitations go to (see <see cref="VolunteerAddresses"/>).</summary>
public sealed class VolunteerAddress
{
    /// <summary>The volunteer's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The id in an imported people file; null for sign-ups.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The volunteer's status.</summary>
    public VolunteerStatus Status { get; init; }

    /// <summary>The account's address for sign-ups, else the imported address; null if there is neither.</summary>
    public string? Email { get; init; }
}
