namespace CollectiveAlignment.Web.Features.Recruitment.Invitations;

/// <summary>Settings of panel invitations (configuration section <c>Invitations</c>).</summary>
public sealed class InvitationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Invitations";

    /// <summary>
    /// The portal's public address used in e-mailed links; jobs run without a request, so it cannot be taken from one.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "https://localhost";

    /// <summary>How long an invited volunteer has to answer.</summary>
    public TimeSpan ResponseWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long before the deadline an unanswered invitation gets its one reminder.</summary>
    public TimeSpan ReminderBefore { get; set; } = TimeSpan.FromDays(2);
}
