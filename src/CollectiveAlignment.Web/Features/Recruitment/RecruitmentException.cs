namespace CollectiveAlignment.Web.Features.Recruitment;

/// <summary>A recruitment request that cannot be carried out; the message is written for the person who made it.</summary>
public sealed class RecruitmentException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RecruitmentException()
    {
    }

    /// <summary>Creates the exception with a message for people.</summary>
    public RecruitmentException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for people and its cause.</summary>
    public RecruitmentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
