namespace CollectiveAlignment.Data.Audit;

/// <summary>
/// The chain's newest link, written in the same transaction as each append. A chain alone cannot show that its last rows
/// were deleted; comparing it with the head can. (Against someone who can also rewrite the head, publish the head hash
/// elsewhere: the verification report prints it.)
/// </summary>
public sealed class AuditHead
{
    /// <summary>Always 1: a single-row table.</summary>
    public int Id { get; set; } = 1;

    /// <summary>Sequence of the newest entry.</summary>
    public long Sequence { get; set; }

    /// <summary>Hash of the newest entry.</summary>
    public string Hash { get; set; } = "";
}
