using System.ComponentModel.DataAnnotations;

namespace CollectiveAlignment.Web.Infrastructure.Security;

/// <summary>How quickly a sign-in cookie notices that its account changed (configuration section <c>Security</c>).</summary>
public sealed class SessionSecurityOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Security";

    /// <summary>
    /// How long a cookie is trusted before its security stamp is compared with the account's again. A revoked role, a new
    /// password, a deleted account or "sign out everywhere" ends other sessions within this interval; zero checks on every
    /// request (one database read each).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan SessionValidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
