namespace CollectiveAlignment.Web.Infrastructure.Email;

/// <summary>E-mail settings, bound from the <c>Email</c> section.</summary>
public sealed class EmailOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Email";

    /// <summary>Pickup folder (default) or SMTP.</summary>
    public EmailDelivery Delivery { get; set; } = EmailDelivery.PickupFolder;

    /// <summary>The sender, as <c>Name &lt;address&gt;</c>.</summary>
    public string From { get; set; } = "CollectiveAlignment <no-reply@collective-alignment.invalid>";

    /// <summary>The pickup folder; empty means <c>mail</c> in the data directory.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>The SMTP server, used when <see cref="Delivery"/> is <see cref="EmailDelivery.Smtp"/>.</summary>
    public SmtpOptions Smtp { get; set; } = new();
}
