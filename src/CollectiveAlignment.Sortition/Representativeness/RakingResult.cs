namespace CollectiveAlignment.Sortition;

/// <summary>Raking (iterative proportional fitting) weights for the panel members.</summary>
/// <param name="Weights">Person id → weight, normalised to mean 1 over the panel.</param>
/// <param name="Iterations">Full passes over the categories.</param>
/// <param name="MaxRelativeError">Largest relative gap between a weighted panel share and its target after the last pass.</param>
/// <param name="Converged">Whether <see cref="MaxRelativeError"/> fell below the tolerance (impossible when a target value has no panel member).</param>
public sealed record RakingResult(IReadOnlyDictionary<string, double> Weights, int Iterations, double MaxRelativeError, bool Converged);
