using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CollectiveAlignment.Web.Features.Recruitment.Pool;

/// <summary>
/// Household keys for the one-per-household rule. Only equality matters, so the stored key is a hash of the process id
/// and the normalised address: "12 High St., AB1 2CD" and "12 high st ab1 2cd" match, and the address is never stored.
/// </summary>
public static class HouseholdKeys
{
    /// <summary>The stored key of <paramref name="address"/> in <paramref name="processId"/>; null when it has no letters or digits.</summary>
    public static string? Hash(Guid processId, string? address)
    {
        var normalised = new StringBuilder();
        foreach (var ch in (address ?? "").Normalize(NormalizationForm.FormKC))
        {
            // Letters and digits only: punctuation and spacing vary between people writing the same address.
            if (char.IsLetterOrDigit(ch))
            {
                normalised.Append(char.ToUpperInvariant(ch));
            }
        }

        if (normalised.Length == 0)
        {
            return null;
        }

        // Salted with the process so keys cannot be matched across processes.
        var input = processId.ToString("N", CultureInfo.InvariantCulture) + "|" + normalised;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)));
    }
}
