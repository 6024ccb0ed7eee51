namespace CollectiveAlignment.Web.Infrastructure.Email;

/// <summary>Transport security for the SMTP connection.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text: only for a relay on the same host or a test server on loopback.</summary>
    None = 0,

    /// <summary>Upgrade with STARTTLS; fail if the server does not offer it (port 587).</summary>
    StartTls = 1,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect = 2,
}
