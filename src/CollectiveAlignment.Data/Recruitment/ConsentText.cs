namespace CollectiveAlignment.Data.Recruitment;

/// <summary>
/// One version of a process's consent text. Versions are never edited once volunteers accepted them: a change is a new
/// version, so each volunteer's record names exactly what they agreed to.
/// </summary>
public sealed class ConsentText
{
    /// <summary>The text's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The process it belongs to.</summary>
    public Guid ProcessId { get; set; }

    /// <summary>1, 2, ... within the process.</summary>
    public int Version { get; set; }

    /// <summary>The invitation and general terms.</summary>
    public string Body { get; set; } = "";

    /// <summary>What personal data is collected.</summary>
    public string Collected { get; set; } = "";

    /// <summary>Why it is collected.</summary>
    public string Purpose { get; set; } = "";

    /// <summary>How long it is kept.</summary>
    public string Retention { get; set; } = "";

    /// <summary>How to withdraw.</summary>
    public string Withdrawal { get; set; } = "";

    /// <summary>When this version was published.</summary>
    public DateTimeOffset PublishedAt { get; set; }
}
