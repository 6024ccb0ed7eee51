using System.ComponentModel.DataAnnotations;

namespace CollectiveAlignment.Web.Infrastructure.Security;

/// <summary>Limits on account forms, bound from <c>RateLimits</c>.</summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "RateLimits";

    /// <summary>Form posts to sign-in, registration and password pages per client address per minute.</summary>
    [Range(1, 1_000_000)]
    public int AccountPostsPerMinute { get; set; } = 10;
}
