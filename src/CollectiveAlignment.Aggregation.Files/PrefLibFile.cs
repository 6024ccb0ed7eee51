using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.IO;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Aggregation.Files;

/// <summary>Reads PrefLib files from disk with <see cref="PrefLibReader"/>; errors name the file (without its folder) and line.</summary>
public static class PrefLibFile
{
    /// <summary>Reads a ranked file (soc, soi, toc, toi) from <paramref name="path"/>; large files are parsed in parallel parts.</summary>
    /// <exception cref="BallotFormatException">The file is malformed.</exception>
    public static RankedProfile ReadRanked(string path, TruncationMode truncation = TruncationMode.UnrankedTiedAtBottom)
    {
        ArgumentNullException.ThrowIfNull(path);
        return PrefLibReader.ReadRanked(new FileSource(path), System.IO.Path.GetFileName(path), truncation);
    }

    /// <summary>Reads a categorical (cat) file from <paramref name="path"/> as approval ballots.</summary>
    /// <exception cref="BallotFormatException">The file is malformed.</exception>
    public static ApprovalProfile ReadCategorical(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return PrefLibReader.ReadCategorical(reader, System.IO.Path.GetFileName(path));
    }
}
