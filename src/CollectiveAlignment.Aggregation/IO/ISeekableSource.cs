namespace CollectiveAlignment.Aggregation.IO;

/// <summary>
/// Opens independent, seekable read streams over the same bytes (one ballot file), so a large file can be parsed in parallel
/// parts while the SDK itself never opens a file. <c>CollectiveAlignment.Aggregation.Files</c> implements it for paths.
/// </summary>
public interface ISeekableSource
{
    /// <summary>Opens a new read-only, seekable stream positioned at the first byte; the caller disposes it.</summary>
    Stream OpenRead();
}
