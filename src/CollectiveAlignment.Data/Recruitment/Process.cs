using CollectiveAlignment.Data.Errors;

namespace CollectiveAlignment.Data.Recruitment;

/// <summary>
/// A deliberation process: its topic, its public address and how its panel is recruited. Its status changes only
/// through the transition methods below: any open state → Recruiting (sign-up opened) or Selected (a panel took
/// effect, also from an imported pool in Draft), and any open state → Closed, which is final.
/// </summary>
public sealed class Process
{
    /// <summary>The process's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The public address segment, e.g. <c>climate-2026</c> in <c>/participate/climate-2026/join</c>.</summary>
    public string Slug { get; set; } = "";

    /// <summary>The question or topic put to the panel.</summary>
    public string Topic { get; set; } = "";

    /// <summary>Where the process stands.</summary>
    public ProcessStatus Status { get; private set; }

    /// <summary>How many people the panel seats.</summary>
    public int PanelSize { get; set; }

    /// <summary>The selection algorithm's name (<c>Leximin</c>, <c>Legacy</c> or <c>Stratified</c>).</summary>
    public string Algorithm { get; set; } = "Leximin";

    /// <summary>The seed announced in advance, so anyone can re-run the lottery.</summary>
    public string PublicSeed { get; set; } = "";

    /// <summary>Whether at most one person per household may be selected.</summary>
    public bool OnePerHousehold { get; set; }

    /// <summary>When it was closed; null while it is not.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

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

    /// <summary>Refuses any change once the process is closed: its data stays for reports only.</summary>
    /// <exception cref="StateConflictException">The process is closed.</exception>
    public void EnsureNotClosed()
    {
        if (Status == ProcessStatus.Closed)
        {
            throw new StateConflictException($"The process '{Slug}' was closed on {ClosedAt:yyyy-MM-dd}; its data is kept for reports and can no longer change.");
        }
    }

    /// <summary>Refuses a sign-up unless the process is recruiting.</summary>
    /// <exception cref="StateConflictException">Sign-up is closed or not open yet.</exception>
    public void EnsureAcceptsSignUps()
    {
        if (Status == ProcessStatus.Closed)
        {
            throw new StateConflictException("This process is closed: it no longer accepts volunteers.");
        }

        if (Status != ProcessStatus.Recruiting)
        {
            throw new StateConflictException("This process is not recruiting volunteers at the moment.");
        }
    }

    /// <summary>
    /// Opens sign-up (to Recruiting). Needs the categories, each with a value, and a consent text, so load them first.
    /// Allowed from any open state: recruiting again after a selection grows the pool for later runs.
    /// </summary>
    /// <exception cref="StateConflictException">The process is closed, or its set-up is incomplete.</exception>
    public void OpenSignUp()
    {
        EnsureNotClosed();
        if (Categories.Count == 0 || Categories.Any(c => c.Values.Count == 0))
        {
            throw new StateConflictException("Define the categories (each with at least one value) before opening recruitment.");
        }

        if (ConsentTexts.Count == 0)
        {
            throw new StateConflictException("Publish a consent text before opening recruitment.");
        }

        Status = ProcessStatus.Recruiting;
    }

    /// <summary>A selection run's panel becomes the one in use (to Selected); who holds a seat changes, so the seats version moves.</summary>
    /// <exception cref="StateConflictException">The process is closed.</exception>
    public void PanelTookEffect()
    {
        EnsureNotClosed();
        Status = ProcessStatus.Selected;
        SeatsVersion++;
    }

    /// <summary>
    /// Closes the process for good (to Closed). The seats version moves too, so a concurrent replacement draw or
    /// selection run fails its save, re-reads and sees the process closed. There is no reopening.
    /// </summary>
    /// <returns>The status it was closed from.</returns>
    /// <exception cref="StateConflictException">It is already closed.</exception>
    public ProcessStatus Close(DateTimeOffset now)
    {
        EnsureNotClosed();
        var from = Status;
        Status = ProcessStatus.Closed;
        ClosedAt = now;
        SeatsVersion++;
        return from;
    }
}
