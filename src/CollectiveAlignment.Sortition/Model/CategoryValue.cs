namespace CollectiveAlignment.Sortition;

/// <summary>One value of a category (e.g. <c>age = 16-29</c>) with the panel quota on how many members may have it.</summary>
/// <param name="Name">The value as it appears in the people file.</param>
/// <param name="Min">Fewest panel members with this value.</param>
/// <param name="Max">Most panel members with this value.</param>
/// <param name="MinFlex">Lowest the minimum may be relaxed to when the quotas are infeasible (Sortition Foundation <c>min_flex</c>); <see langword="null"/> means down to 0.</param>
/// <param name="MaxFlex">Highest the maximum may be relaxed to (Sortition Foundation <c>max_flex</c>); <see langword="null"/> means up to the panel size.</param>
/// <param name="PopulationShare">Share of the target population with this value, in [0, 1], if known; used by the representativeness report and raking.</param>
public sealed record CategoryValue(string Name, int Min, int Max, int? MinFlex = null, int? MaxFlex = null, double? PopulationShare = null);
