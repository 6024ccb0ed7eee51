namespace CollectiveAlignment.Sortition;

/// <summary>The result of <c>Leximin.Solve</c>: a distribution, or an explanation of infeasibility.</summary>
/// <param name="Distribution">The leximin lottery; <see langword="null"/> when infeasible.</param>
/// <param name="Diagnostics">Work and accuracy figures; <see langword="null"/> when infeasible.</param>
/// <param name="Infeasibility">Why no feasible panel exists and how to relax the quotas; <see langword="null"/> when feasible.</param>
public sealed record LeximinOutcome(PanelDistribution? Distribution, LeximinDiagnostics? Diagnostics, InfeasibilityExplanation? Infeasibility)
{
    /// <summary>Whether a feasible panel exists.</summary>
    public bool Feasible => Distribution is not null;
}
