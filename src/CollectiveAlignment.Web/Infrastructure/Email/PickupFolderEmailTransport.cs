using MimeKit;

namespace CollectiveAlignment.Web.Infrastructure.Email;

/// <summary>Writes each message as an RFC 5322 <c>.eml</c> file, named so that a directory listing is in send order.</summary>
public sealed class PickupFolderEmailTransport(string directory, TimeProvider time, ILogger<PickupFolderEmailTransport> logger) : IEmailTransport
{
    /// <summary>The folder messages are written to.</summary>
    public string Directory { get; } = directory;

    /// <inheritdoc />
    public async Task SendAsync(MimeMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"{time.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(Directory, name);
        // Write to a temporary name first, so a reader never picks up half a message.
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, ct);
        File.Move(temporary, path);
        logger.LogInformation("E-mail to {Recipients} written to {Path}", string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), path);
    }
}
