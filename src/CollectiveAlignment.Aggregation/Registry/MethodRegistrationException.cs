namespace CollectiveAlignment.Aggregation.Registry;

/// <summary>A method type or plug-in assembly failed registry validation; the message names the type or file.</summary>
public sealed class MethodRegistrationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MethodRegistrationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MethodRegistrationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public MethodRegistrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
