using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CollectiveAlignment.Web.Infrastructure.Email;

/// <summary>Sends each message to the configured SMTP server with MailKit.</summary>
public sealed class SmtpEmailTransport(SmtpOptions options, ILogger<SmtpEmailTransport> logger) : IEmailTransport
{
    /// <inheritdoc />
    public async Task SendAsync(MimeMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            throw new InvalidOperationException("Email:Delivery is Smtp but Email:Smtp:Host is empty.");
        }

        using var client = new SmtpClient();
        var security = options.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => throw new InvalidOperationException($"Unknown Email:Smtp:Security '{options.Security}'."),
        };
        await client.ConnectAsync(options.Host, options.Port, security, ct);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
        logger.LogInformation("E-mail to {Recipients} sent through {Host}:{Port}", string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), options.Host, options.Port);
    }
}
