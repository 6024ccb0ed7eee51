namespace CollectiveAlignment.Data.Recruitment;

/// <summary>Where a deliberation process stands. Stored as text, so new stages can be added without renumbering.</summary>
public enum ProcessStatus
{
    /// <summary>Being set up: categories and consent text may still change.</summary>
    Draft,

    /// <summary>Open for volunteers to sign up.</summary>
    Recruiting,

    /// <summary>A panel has been selected from the pool.</summary>
    Selected,

    /// <summary>Finished; no more sign-ups or selections.</summary>
    Closed,
}
