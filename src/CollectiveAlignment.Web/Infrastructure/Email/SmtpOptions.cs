using System.ComponentModel.DataAnnotations;

namespace CollectiveAlignment.Web.Infrastructure.Email;

/// <summary>The SMTP server, bound from <c>Email:Smtp</c>.</summary>
public sealed class SmtpOptions
{
    /// <summary>Host name of the server.</summary>
    public string Host { get; set; } = "";

    /// <summary>Port; 587 by default.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>Transport security; STARTTLS by default.</summary>
    [EnumDataType(typeof(SmtpSecurity))]
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>User name, when the server requires authentication.</summary>
    public string? UserName { get; set; }

    /// <summary>Password, when the server requires authentication. Supply it from a secret store, not appsettings.json.</summary>
    public string? Password { get; set; }
}
