namespace CollectiveAlignment.Aggregation.Ballots;

/// <summary>The kinds of ballot a method can read; each has its own profile type and typed method interface.</summary>
public enum BallotKind
{
    /// <summary>Orders of the candidates, possibly with ties and possibly truncated.</summary>
    Ranked,

    /// <summary>A set of approved candidates.</summary>
    Approval,

    /// <summary>A score on a bounded integer scale per candidate (blank allowed).</summary>
    Score,

    /// <summary>Agree, disagree or pass on each statement (candidates are statements).</summary>
    StatementVote,

    /// <summary>Individual pairwise comparisons: A over B, or a tie.</summary>
    Pairwise,
}
