namespace CollectiveAlignment.Data.Recruitment;

/// <summary>A volunteer's standing in a process's pool.</summary>
public enum VolunteerStatus
{
    /// <summary>In the pool, eligible for selection.</summary>
    Pooled,

    /// <summary>Drawn onto the panel by a selection run.</summary>
    Selected,

    /// <summary>Withdrew: screening answers erased, the row kept only as an anonymous count.</summary>
    Withdrawn,
}
