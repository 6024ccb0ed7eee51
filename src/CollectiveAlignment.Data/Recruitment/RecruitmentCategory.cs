namespace CollectiveAlignment.Data.Recruitment;

/// <summary>A recruitment category (a "feature" in the Sortition Foundation's files), e.g. age band or region.</summary>
public sealed class RecruitmentCategory
{
    /// <summary>The category's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The process it belongs to.</summary>
    public Guid ProcessId { get; set; }

    /// <summary>Its name, also the screening question's key and the people CSV column.</summary>
    public string Name { get; set; } = "";

    /// <summary>Its place in the screening survey and in exported files.</summary>
    public int Position { get; set; }

    /// <summary>The values a person may have, in order.</summary>
    public List<RecruitmentCategoryValue> Values { get; } = [];
}
