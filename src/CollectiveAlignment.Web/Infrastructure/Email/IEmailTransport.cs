using MimeKit;

namespace CollectiveAlignment.Web.Infrastructure.Email;

/// <summary>Delivers a finished message. Two implementations: a pickup folder and SMTP.</summary>
public interface IEmailTransport
{
    /// <summary>Delivers <paramref name="message"/> or throws; a message is never dropped silently.</summary>
    Task SendAsync(MimeMessage message, CancellationToken ct = default);
}
