namespace CollectiveAlignment.Sortition;

/// <summary>Goodness of fit of the panel to the population in one category.</summary>
/// <param name="Category">Category name.</param>
/// <param name="Values">Per-value shares.</param>
/// <param name="ChiSquare">Pearson's statistic <c>sum (O - E)^2 / E</c> over values with <c>E &gt; 0</c>.</param>
/// <param name="GStatistic">Likelihood-ratio statistic <c>2 sum O ln(O / E)</c>.</param>
/// <param name="DegreesOfFreedom">Values with <c>E &gt; 0</c>, minus one.</param>
/// <param name="ChiSquarePValue">Upper tail of the chi-square distribution at <see cref="ChiSquare"/> (1 when there are no degrees of freedom; 0 when a value with population share 0 is on the panel).</param>
/// <param name="GPValue">Upper tail at <see cref="GStatistic"/>.</param>
public sealed record CategoryFit(string Category, IReadOnlyList<ValueShare> Values, double ChiSquare, double GStatistic, int DegreesOfFreedom, double ChiSquarePValue, double GPValue);
