namespace CollectiveAlignment.Web.Infrastructure.Email;

/// <summary>How e-mail leaves the portal.</summary>
public enum EmailDelivery
{
    /// <summary>Each message is written as an <c>.eml</c> file into a folder: the zero-set-up default, readable by any mail client.</summary>
    PickupFolder = 0,

    /// <summary>Each message is sent to an SMTP server.</summary>
    Smtp = 1,
}
