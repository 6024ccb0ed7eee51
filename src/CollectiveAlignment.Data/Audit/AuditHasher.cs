using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CollectiveAlignment.Data.Audit;

/// <summary>Computes the hash that links an audit entry to its predecessor.</summary>
public static class AuditHasher
{
    /// <summary>The predecessor hash of the first entry.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>
    /// SHA-256 over the previous hash, a newline, and the entry's canonical JSON: fixed property order, no white space,
    /// UTC time to the millisecond in ISO 8601. Any change to a field, its order or the predecessor changes the hash.
    /// </summary>
    public static string Compute(string previousHash, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            json.WriteNumber("sequence", entry.Sequence);
            json.WriteString("occurredAt", entry.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("actor", entry.Actor);
            json.WriteString("action", entry.Action);
            json.WriteString("subject", entry.Subject);
            if (entry.Data is null)
            {
                json.WriteNull("data");
            }
            else
            {
                json.WriteString("data", entry.Data);
            }

            json.WriteEndObject();
        }

        var prefix = Encoding.UTF8.GetBytes(previousHash + "\n");
        var content = buffer.ToArray();
        var all = new byte[prefix.Length + content.Length];
        prefix.CopyTo(all, 0);
        content.CopyTo(all, prefix.Length);
        return Convert.ToHexStringLower(SHA256.HashData(all));
    }

    /// <summary>Rounds a time down to the millisecond, the precision the hash covers and every provider stores.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
