namespace CollectiveAlignment.Data.Audit;

/// <summary>
/// One link of the append-only audit chain. <see cref="Hash"/> is SHA-256 over <see cref="PreviousHash"/> and the
/// canonical content of this entry, so changing, inserting or removing any row breaks every later link.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, starting at 1 with no gaps; the primary key.</summary>
    public long Sequence { get; set; }

    /// <summary>When the act happened (UTC).</summary>
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>Who acted: a user id, or <c>system</c> for jobs and start-up tasks.</summary>
    public string Actor { get; set; } = "";

    /// <summary>What happened, as a dotted verb such as <c>role.granted</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>What it happened to, such as a user id or a run id.</summary>
    public string Subject { get; set; } = "";

    /// <summary>Details as a JSON object, or null.</summary>
    public string? Data { get; set; }

    /// <summary>Lower-case hex SHA-256 of the previous entry, or 64 zeros for the first.</summary>
    public string PreviousHash { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of <see cref="PreviousHash"/> and this entry's canonical content.</summary>
    public string Hash { get; set; } = "";
}
