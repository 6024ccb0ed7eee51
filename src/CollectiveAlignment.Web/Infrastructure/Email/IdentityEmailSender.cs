using System.Net;
using CollectiveAlignment.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using MimeKit;

namespace CollectiveAlignment.Web.Infrastructure.Email;

/// <summary>
/// Turns Identity's account e-mails (confirmation, password reset) into messages for the configured transport, in the
/// culture of the request that caused them.
/// </summary>
public sealed class IdentityEmailSender(IEmailTransport transport, EmailOptions options, IStringLocalizer<IdentityEmailSender> text) : IEmailSender<ApplicationUser>
{
    /// <inheritdoc />
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        SendAsync(email, text["ConfirmationSubject"], text["ConfirmationText"], text["ConfirmationLink"], confirmationLink);

    /// <inheritdoc />
    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        SendAsync(email, text["ResetSubject"], text["ResetText"], text["ResetLink"], resetLink);

    /// <inheritdoc />
    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        SendAsync(email, text["ResetCodeSubject"], text["ResetCodeText", resetCode], null, null);

    private Task SendAsync(string to, string subject, string text, string? linkText, string? link)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        var body = new BodyBuilder
        {
            // Identity hands links HTML-encoded; the plain-text part needs them decoded.
            TextBody = link is null ? text : $"{text}\n\n{linkText}: {WebUtility.HtmlDecode(link)}\n",
            HtmlBody = link is null
                ? $"<p>{WebUtility.HtmlEncode(text)}</p>"
                : $"<p>{WebUtility.HtmlEncode(text)}</p><p><a href=\"{link}\">{WebUtility.HtmlEncode(linkText)}</a></p>",
        };
        message.Body = body.ToMessageBody();
        return transport.SendAsync(message);
    }
}
