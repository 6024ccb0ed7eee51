using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using Microsoft.Extensions.Options;

namespace CollectiveAlignment.Web.Infrastructure.Settings;

/// <summary>
/// Outside Development, refuses a loopback <c>Invitations:PublicBaseUrl</c>: every invitation e-mail would link to its
/// recipient's own computer, and nobody could accept a seat. The shipped default is such an address on purpose.
/// </summary>
public sealed class InvitationOptionsValidator(IHostEnvironment environment) : IValidateOptions<InvitationOptions>
{
    /// <summary>The setting's configuration key, as messages name it.</summary>
    public const string SettingName = InvitationOptions.SectionName + ":" + nameof(InvitationOptions.PublicBaseUrl);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, InvitationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (environment.IsDevelopment()
            || !Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var url)
            || !url.IsLoopback)
        {
            // Whether the value is an absolute URL at all is the data annotations' check.
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(
            $"{SettingName} is '{options.PublicBaseUrl}', a loopback address, in the {environment.EnvironmentName} environment: " +
            $"invitation links would point at each recipient's own computer. Set {SettingName} to the portal's public address " +
            "(for example the environment variable Invitations__PublicBaseUrl=https://portal.example.org).");
    }
}
