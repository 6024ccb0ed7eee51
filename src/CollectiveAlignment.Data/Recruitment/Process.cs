namespace CollectiveAlignment.Data.Recruitment;

/// <summary>A deliberation process: its topic, its public address and how its panel is recruited.</summary>
public sealed class Process
{
    /// <summary>The process's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The public address segment, e.g. <c>climate-2026</c> in <c>/participate/climate-2026/join</c>.</summary>
    public string Slug { get; set; } = "";

    /// <summary>The question or topic put to the panel.</summary>
    public string Topic { get; set; } = "";

    /// <summary>Where the process stands.</summary>
    public ProcessStatus Status { get; set; }

    /// <summary>How many people the panel seats.</summary>
    public int PanelSize { get; set; }

    /// <summary>The selection algorithm's name (<c>Leximin</c>, <c>Legacy</c> or <c>Stratified</c>).</summary>
    public string Algorithm { get; set; } = "Leximin";

    /// <summary>The seed announced in advance, so anyone can re-run the lottery.</summary>
    public string PublicSeed { get; set; } = "";

    /// <summary>Whether at most one person per household may be selected.</summary>
    public bool OnePerHousehold { get; set; }

    /// <summary>When it was closed; null while it is not.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>
    /// Incremented by every change to who holds a panel seat (a selection run taking effect, a replacement draw). A
    /// concurrency token: of two portal nodes changing the panel from the same version, the second fails and retries,
    /// so a seat is never filled twice and no draw sees a panel another node has just changed.
    /// </summary>
    public int SeatsVersion { get; set; }

    /// <summary>The user id of the researcher who created it.</summary>
    public string CreatedBy { get; set; } = "";

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The recruitment categories, in screening order.</summary>
    public List<RecruitmentCategory> Categories { get; } = [];

    /// <summary>Every published consent text, the newest being the current one.</summary>
    public List<ConsentText> ConsentTexts { get; } = [];
}
