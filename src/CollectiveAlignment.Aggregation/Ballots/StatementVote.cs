namespace CollectiveAlignment.Aggregation.Ballots;

/// <summary>A participant's vote on one statement.</summary>
public enum StatementVote
{
    /// <summary>The participant agrees.</summary>
    Agree,

    /// <summary>The participant disagrees.</summary>
    Disagree,

    /// <summary>The participant saw the statement and passed.</summary>
    Pass,
}
