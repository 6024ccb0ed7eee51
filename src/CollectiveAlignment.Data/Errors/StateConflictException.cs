namespace CollectiveAlignment.Data.Errors;

/// <summary>The request is well-formed but the current state forbids it (HTTP 409), e.g. a transition not allowed.</summary>
public sealed class StateConflictException : DomainException
{
    /// <summary>Creates the exception.</summary>
    public StateConflictException()
    {
    }

    /// <summary>Creates the exception with a message for people.</summary>
    public StateConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for people and its cause.</summary>
    public StateConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
