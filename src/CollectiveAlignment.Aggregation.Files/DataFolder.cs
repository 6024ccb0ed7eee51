namespace CollectiveAlignment.Aggregation.Files;

/// <summary>
/// Opens the files of a data folder (such as a Polis export) for readers that take a file opener, so the readers stay free of
/// file-system access.
/// </summary>
public static class DataFolder
{
    /// <summary>
    /// An opener for <paramref name="directory"/>: given a file name it returns a reader over that file, or
    /// <see langword="null"/> when the folder has no such file.
    /// </summary>
    public static Func<string, TextReader?> Opener(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return name =>
        {
            var path = Path.Combine(directory, name);
            return File.Exists(path) ? File.OpenText(path) : null;
        };
    }
}
