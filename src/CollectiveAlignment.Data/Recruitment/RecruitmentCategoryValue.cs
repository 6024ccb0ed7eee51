namespace CollectiveAlignment.Data.Recruitment;

/// <summary>One value of a category with its population share and the panel's quota for it.</summary>
public sealed class RecruitmentCategoryValue
{
    /// <summary>The value's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The category it belongs to.</summary>
    public Guid CategoryId { get; set; }

    /// <summary>Its name, as answered in screening and written in the CSV files.</summary>
    public string Name { get; set; } = "";

    /// <summary>Its place within the category.</summary>
    public int Position { get; set; }

    /// <summary>Its share of the population (0 to 1), if known; quotas can be derived from it.</summary>
    public double? PopulationShare { get; set; }

    /// <summary>The fewest panel seats for it.</summary>
    public int Min { get; set; }

    /// <summary>The most panel seats for it.</summary>
    public int Max { get; set; }

    /// <summary>How far <see cref="Min"/> may be relaxed when the quotas are infeasible.</summary>
    public int? MinFlex { get; set; }

    /// <summary>How far <see cref="Max"/> may be relaxed when the quotas are infeasible.</summary>
    public int? MaxFlex { get; set; }
}
