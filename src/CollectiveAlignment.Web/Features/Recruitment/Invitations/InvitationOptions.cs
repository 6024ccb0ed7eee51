using System.ComponentModel.DataAnnotations;

namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>Settings of panel invitations (configuration section <c>Invitations</c>).</summary>
public sealed class InvitationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Invitations";

    /// <summary>
    /// The portal's public address used in e-mailed links; jobs run without a request, so it cannot be taken from one.
    /// </summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "https://localhost";

    /// <summary>How long an invited volunteer has to answer.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "366.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan ResponseWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long before the deadline an unanswered invitation gets its one reminder.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "366.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan ReminderBefore { get; set; } = TimeSpan.FromDays(2);
}
