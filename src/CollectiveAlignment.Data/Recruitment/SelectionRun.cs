namespace CollectiveAlignment.Data.Recruitment;

/// <summary>
/// The published record of one panel selection: inputs (algorithm, seed, size), the outcome and, as JSON, the lottery
/// distribution, the probabilities and the quota table, so anyone can re-draw the same panel.
/// </summary>
public sealed class SelectionRun
{
    /// <summary>The id of the background run that produced it (one record per run, which makes the job idempotent).</summary>
    public Guid Id { get; set; }

    /// <summary>The process selected for.</summary>
    public Guid ProcessId { get; set; }

    /// <summary>The algorithm's name.</summary>
    public string Algorithm { get; set; } = "";

    /// <summary>The public seed used.</summary>
    public string Seed { get; set; } = "";

    /// <summary>The panel size asked for.</summary>
    public int PanelSize { get; set; }

    /// <summary>How many volunteers were in the pool.</summary>
    public int PoolSize { get; set; }

    /// <summary>Whether a panel meeting the quotas exists.</summary>
    public bool Feasible { get; set; }

    /// <summary>The selected volunteer ids, as a JSON array.</summary>
    public string PanelJson { get; set; } = "[]";

    /// <summary>Volunteer id to selection probability, as a JSON object; null when unknown (legacy) or infeasible.</summary>
    public string? ProbabilitiesJson { get; set; }

    /// <summary>The quota table against the panel, as JSON.</summary>
    public string QuotasJson { get; set; } = "[]";

    /// <summary>The infeasibility explanation and suggested relaxation, as JSON; null when feasible.</summary>
    public string? InfeasibilityJson { get; set; }

    /// <summary>The LEXIMIN panel distribution (types and weighted panel classes), as JSON, for re-drawing.</summary>
    public string? DistributionJson { get; set; }

    /// <summary>
    /// Whether the panel became the one in use when the run completed. A feasible run does not if the process was closed
    /// meanwhile, or if it would release an accepted seat the researcher had not confirmed releasing.
    /// </summary>
    public bool TookEffect { get; set; }

    /// <summary>Whether the one-per-household rule applied.</summary>
    public bool OnePerHousehold { get; set; }

    /// <summary>Pool members who had a household key when the rule applied (the others count as households of one).</summary>
    public int WithHouseholdKey { get; set; }

    /// <summary>Unanswered invitations of earlier panels this run cancelled when it took effect.</summary>
    public int SupersededInvitations { get; set; }

    /// <summary>Members who had accepted a seat on an earlier panel and are not on this one (released with the researcher's confirmation).</summary>
    public int ReleasedAccepted { get; set; }

    /// <summary>When it completed.</summary>
    public DateTimeOffset CompletedAt { get; set; }
}
