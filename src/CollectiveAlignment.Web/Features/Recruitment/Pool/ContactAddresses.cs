using System.Net.Mail;
using MimeKit;

namespace CollectiveAlignment.Web.Features.Recruitment.Pool;

/// <summary>Validation of the contact addresses imported with a people file.</summary>
public static class ContactAddresses
{
    /// <summary>
    /// Why <paramref name="address"/> cannot be used to send an invitation, or null if it can. A plain address is
    /// required (no display name, no list), with a dot in the domain: the people files come from mail-merge tools whose
    /// mistakes are usually a missing part, a stray space or two addresses in one cell.
    /// </summary>
    public static string? Problem(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.Any(char.IsWhiteSpace) || address.Contains(',', StringComparison.Ordinal) || address.Contains(';', StringComparison.Ordinal))
        {
            return "contains a space, comma or semicolon (one plain address per person)";
        }

        if (address.Length > 254)
        {
            return "is longer than 254 characters";
        }

        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1)
        {
            return "needs a name, an @ and a domain";
        }

        var domain = address[(at + 1)..];
        if (!domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.'))
        {
            return "has no valid domain (such as example.org)";
        }

        // Both parsers must accept it: System.Net.Mail for the syntax, MimeKit because it sends the message.
        if (!MailAddress.TryCreate(address, out var parsed) || !string.Equals(parsed.Address, address, StringComparison.Ordinal)
            || !MailboxAddress.TryParse(address, out _))
        {
            return "is not a valid e-mail address";
        }

        return null;
    }
}
