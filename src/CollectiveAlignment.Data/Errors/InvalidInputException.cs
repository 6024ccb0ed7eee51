namespace CollectiveAlignment.Data.Errors;

/// <summary>The request itself is wrong, whatever state things are in (HTTP 400); fixing the input fixes it.</summary>
public sealed class InvalidInputException : DomainException
{
    /// <summary>Creates the exception.</summary>
    public InvalidInputException()
    {
    }

    /// <summary>Creates the exception with a message for people.</summary>
    public InvalidInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for people and its cause.</summary>
    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The 1-based line of an uploaded file the error is on, if it is about one.</summary>
    public int? Line { get; init; }
}
