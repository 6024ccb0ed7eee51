namespace CollectiveAlignment.Sortition;

/// <summary>A suggested change of one quota that, together with the others suggested, makes the instance feasible.</summary>
/// <param name="Category">Category name.</param>
/// <param name="Value">Value name.</param>
/// <param name="Min">Current minimum.</param>
/// <param name="Max">Current maximum.</param>
/// <param name="SuggestedMin">Suggested minimum.</param>
/// <param name="SuggestedMax">Suggested maximum.</param>
public sealed record QuotaRelaxation(string Category, string Value, int Min, int Max, int SuggestedMin, int SuggestedMax);
