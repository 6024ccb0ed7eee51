namespace CollectiveAlignment.Data.Errors;

/// <summary>The thing the request names does not exist (HTTP 404).</summary>
public sealed class NotFoundException : DomainException
{
    /// <summary>Creates the exception.</summary>
    public NotFoundException()
    {
    }

    /// <summary>Creates the exception with a message for people.</summary>
    public NotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for people and its cause.</summary>
    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
