namespace CollectiveAlignment.Methods.Consensus.Pairwise;

/// <summary>Parameters of <see cref="BradleyTerry"/>.</summary>
public sealed record BradleyTerryOptions
{
    /// <summary>Newton iterations at most.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Stop when the largest change of a log-strength is below this.</summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>The z of the confidence intervals (1.959964 for 95%).</summary>
    public double ConfidenceZ { get; init; } = 1.959963984540054;

    /// <summary>
    /// Pseudo-wins added in both directions between every pair of items (0 = plain maximum likelihood). The maximum-likelihood
    /// estimate exists only when every item can be reached from every other by a chain of "beat" relations (Hunter 2004,
    /// Assumption 1); a small prior such as 0.5 makes the estimate exist always, shrinking strengths towards each other.
    /// </summary>
    public double PriorWins { get; init; }
}
