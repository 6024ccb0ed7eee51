namespace CollectiveAlignment.Data.Errors;

/// <summary>
/// A request the domain refuses, with a message written for the person who made it. The three kinds below are mapped
/// in one place to 404, 400 and 409 problem details, and pages show the same message.
/// </summary>
public abstract class DomainException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected DomainException()
    {
    }

    /// <summary>Creates the exception with a message for people.</summary>
    protected DomainException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for people and its cause.</summary>
    protected DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
