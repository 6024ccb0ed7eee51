using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using Microsoft.Extensions.Options;

namespace CollectiveAlignment.Web.Infrastructure.Security;

/// <summary>
/// Absolute addresses for e-mailed links, always under the configured <c>Invitations:PublicBaseUrl</c>. Never built from the
/// request: its <c>Host</c> header is the sender's to choose, and a password-reset link to an attacker's host hands them
/// the reset code.
/// </summary>
public sealed class PublicLinks(IOptions<InvitationOptions> options)
{
    /// <summary>The absolute address of <paramref name="relativePath"/> (such as <c>Account/ResetPassword</c>) under the base URL.</summary>
    public string To(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return options.Value.PublicBaseUrl.TrimEnd('/') + "/" + relativePath.TrimStart('/');
    }
}
