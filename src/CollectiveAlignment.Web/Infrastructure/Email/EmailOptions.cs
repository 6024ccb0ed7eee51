using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CollectiveAlignment.Web.Infrastructure.Email;

/// <summary>E-mail settings, bound from the <c>Email</c> section.</summary>
public sealed class EmailOptions : IValidatableObject
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Email";

    /// <summary>Pickup folder (default) or SMTP.</summary>
    [EnumDataType(typeof(EmailDelivery))]
    public EmailDelivery Delivery { get; set; } = EmailDelivery.PickupFolder;

    /// <summary>The sender, as <c>Name &lt;address&gt;</c>.</summary>
    [Required]
    public string From { get; set; } = "CollectiveAlignment <no-reply@collective-alignment.invalid>";

    /// <summary>The pickup folder; empty means <c>mail</c> in the data directory.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>The SMTP server, used when <see cref="Delivery"/> is <see cref="EmailDelivery.Smtp"/>.</summary>
    [ValidateObjectMembers]
    public SmtpOptions Smtp { get; set; } = new();

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Delivery == EmailDelivery.Smtp && string.IsNullOrWhiteSpace(Smtp.Host))
        {
            yield return new ValidationResult("Email:Delivery is Smtp but Email:Smtp:Host is empty.", [nameof(Smtp)]);
        }
    }
}
