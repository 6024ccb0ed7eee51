namespace CollectiveAlignment.Aggregation.Ballots;

/// <summary>How candidates left off a truncated ranked ballot are read.</summary>
public enum TruncationMode
{
    /// <summary>
    /// Unranked candidates are below every ranked candidate and tied with each other: the rule of real Condorcet elections
    /// such as Debian's. This is the default.
    /// </summary>
    UnrankedTiedAtBottom,

    /// <summary>Unranked candidates are incomparable with every other candidate: the ballot says nothing about pairs involving them.</summary>
    Incomparable,
}
