namespace CollectiveAlignment.Sortition;

/// <summary>The outcome of a selection run: what a run record stores (algorithm, seed, distribution, panel).</summary>
/// <param name="Algorithm">The algorithm used.</param>
/// <param name="Seed">The public seed of the draw.</param>
/// <param name="Feasible">Whether a panel was selected.</param>
/// <param name="Panel">Selected person ids (empty when not feasible).</param>
/// <param name="Probabilities">Each person's selection probability: exact for LEXIMIN and stratified sampling, <see langword="null"/> for legacy (no closed form).</param>
/// <param name="MinProbability">Smallest selection probability, if known.</param>
/// <param name="Quotas">Each quota against the selected panel (empty when not feasible).</param>
/// <param name="Infeasibility">Why no panel meets the quotas, with the smallest relaxation; <see langword="null"/> when feasible.</param>
/// <param name="Distribution">The LEXIMIN lottery the panel was drawn from, for publication and re-drawing.</param>
/// <param name="Diagnostics">LEXIMIN work and accuracy figures.</param>
/// <param name="Note">A remark for people, e.g. why legacy found no panel.</param>
public sealed record SelectionResult(
    SelectionAlgorithm Algorithm,
    string Seed,
    bool Feasible,
    IReadOnlyList<string> Panel,
    IReadOnlyDictionary<string, double>? Probabilities,
    double? MinProbability,
    IReadOnlyList<QuotaCheck> Quotas,
    InfeasibilityExplanation? Infeasibility,
    PanelDistribution? Distribution,
    LeximinDiagnostics? Diagnostics,
    string? Note);
