namespace CollectiveAlignment.Methods.Consensus.StatementVotes;

/// <summary>
/// A vote on a statement, coded as in the Polis CSV exports (agree 1, disagree −1, pass 0).
/// A statement the participant never saw has no entry at all (it is "missing", not a pass).
/// </summary>
/// <remarks>
/// Polis's maths flips the sign internally (agree −1). The sign does not change PCA, k-means or any statistic here,
/// so we keep the export convention, which is the one people read.
/// </remarks>
public enum StatementVote : sbyte
{
    /// <summary>Disagree (−1).</summary>
    Disagree = -1,

    /// <summary>Pass (0): seen, but no opinion. Counts as seen in every statistic.</summary>
    Pass = 0,

    /// <summary>Agree (1).</summary>
    Agree = 1,
}
