namespace CollectiveAlignment.Data.Identity;

/// <summary>The five roles of the portal; each guards one area.</summary>
public static class Roles
{
    /// <summary>Takes part in deliberations and votes (area Participate).</summary>
    public const string Participant = nameof(Participant);

    /// <summary>Works the moderation queue (area Moderate).</summary>
    public const string Moderator = nameof(Moderator);

    /// <summary>Runs and compares aggregation methods, defines recruitment (area Research).</summary>
    public const string Researcher = nameof(Researcher);

    /// <summary>Reviews and approves policy spec versions (area Specs).</summary>
    public const string Approver = nameof(Approver);

    /// <summary>Grants roles, watches jobs and the audit log (area Admin).</summary>
    public const string Admin = nameof(Admin);

    /// <summary>Every role, in the order the portal lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Participant, Moderator, Researcher, Approver, Admin];
}
