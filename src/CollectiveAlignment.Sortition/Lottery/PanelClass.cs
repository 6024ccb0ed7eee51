namespace CollectiveAlignment.Sortition;

/// <summary>A feasible panel up to exchanging people of the same type: how many of each type it takes, and its lottery weight.</summary>
/// <param name="Weight">Probability of this panel class in the distribution.</param>
/// <param name="Counts">Members taken from each type (indexed like <see cref="PanelDistribution.Types"/>).</param>
public sealed record PanelClass(double Weight, IReadOnlyList<int> Counts);
