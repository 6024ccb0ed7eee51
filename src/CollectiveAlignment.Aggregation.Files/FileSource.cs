using CollectiveAlignment.Aggregation.IO;

namespace CollectiveAlignment.Aggregation.Files;

/// <summary>A ballot file on disk as an <see cref="ISeekableSource"/>: every <see cref="OpenRead"/> is its own shared-read handle.</summary>
/// <param name="path">The file's path.</param>
public sealed class FileSource(string path) : ISeekableSource
{
    /// <summary>The file's path.</summary>
    public string Path { get; } = path ?? throw new ArgumentNullException(nameof(path));

    /// <inheritdoc />
    public Stream OpenRead() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}
