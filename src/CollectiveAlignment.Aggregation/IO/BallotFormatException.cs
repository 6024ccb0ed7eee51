namespace CollectiveAlignment.Aggregation.IO;

/// <summary>A ballot file is malformed. The message reads <c>file:line: problem</c>; nothing is guessed silently.</summary>
public sealed class BallotFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public BallotFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BallotFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public BallotFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="problem"/> at <paramref name="fileName"/>:<paramref name="line"/>.</summary>
    public BallotFormatException(string fileName, int? line, string problem, Exception? innerException = null)
        : base($"{fileName}{(line is { } l ? ":" + l.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}: {problem}", innerException)
    {
        FileName = fileName;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file (or stream name) being read.</summary>
    public string? FileName { get; }

    /// <summary>The 1-based line, when the problem has one.</summary>
    public int? Line { get; }

    /// <summary>The problem, without the location.</summary>
    public string? Problem { get; }
}
