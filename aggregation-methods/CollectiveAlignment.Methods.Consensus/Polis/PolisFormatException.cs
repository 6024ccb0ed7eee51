namespace CollectiveAlignment.Methods.Consensus.Polis;

/// <summary>A Polis export file is malformed; the message names the file and the line.</summary>
public sealed class PolisFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The export file (e.g. <c>votes.csv</c>).</param>
    /// <param name="line">1-based line number where the bad record starts.</param>
    /// <param name="problem">What is wrong.</param>
    public PolisFormatException(string fileName, int line, string problem)
        : base($"{fileName}, line {line}: {problem}")
    {
        FileName = fileName;
        Line = line;
    }

    /// <summary>Creates the exception (serialisation-style constructor kept for analyzers; prefer the detailed one).</summary>
    public PolisFormatException()
        : this("?", 0, "malformed Polis export")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public PolisFormatException(string message)
        : base(message)
    {
        FileName = "?";
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PolisFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = "?";
    }

    /// <summary>The export file.</summary>
    public string FileName { get; }

    /// <summary>1-based line number.</summary>
    public int Line { get; }
}
