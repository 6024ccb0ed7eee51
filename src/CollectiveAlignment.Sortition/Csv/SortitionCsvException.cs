namespace CollectiveAlignment.Sortition;

/// <summary>A CSV file could not be read; the message names the file kind, the line and the problem.</summary>
public sealed class SortitionCsvException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public SortitionCsvException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public SortitionCsvException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SortitionCsvException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a line.</summary>
    /// <param name="line">1-based line number (0 when not tied to a line).</param>
    /// <param name="message">The problem.</param>
    public SortitionCsvException(int line, string message)
        : base(line > 0 ? FormattableString.Invariant($"line {line}: {message}") : message)
    {
        Line = line;
    }

    /// <summary>1-based line number of the problem, or 0.</summary>
    public int Line { get; }
}
