namespace CollectiveAlignment.Sortition;

/// <summary>How well a panel mirrors the population, per category, with post-stratification weights.</summary>
/// <param name="Categories">Fit per category.</param>
/// <param name="Raking">Raking weights that make the weighted panel match every category's population shares.</param>
public sealed record RepresentativenessReport(IReadOnlyList<CategoryFit> Categories, RakingResult Raking);
