using CollectiveAlignment.Aggregation.IO;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Aggregation.Files;

/// <summary>Reads our JSON ballot format from disk with <see cref="JsonBallotReader"/>.</summary>
public static class JsonBallotFile
{
    /// <summary>Reads <paramref name="path"/>; errors name the file (without its folder).</summary>
    /// <exception cref="BallotFormatException">The file is malformed.</exception>
    public static Profile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return JsonBallotReader.Read(stream, Path.GetFileName(path));
    }
}
