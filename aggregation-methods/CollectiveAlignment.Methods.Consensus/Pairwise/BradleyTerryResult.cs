namespace CollectiveAlignment.Methods.Consensus.Pairwise;

/// <summary>Bradley–Terry estimates: P(i beats j) = p_i / (p_i + p_j) = σ(θ_i − θ_j).</summary>
public sealed record BradleyTerryResult
{
    /// <summary>θ_i = log p_i, normalised to sum 0, by item index.</summary>
    public required IReadOnlyList<double> LogStrengths { get; init; }

    /// <summary>p_i = exp θ_i (geometric mean 1).</summary>
    public required IReadOnlyList<double> Strengths { get; init; }

    /// <summary>Standard error of each θ_i from the inverse Fisher information (Moore–Penrose, for the sum-zero constraint).</summary>
    public required IReadOnlyList<double> StandardErrors { get; init; }

    /// <summary>Lower confidence bound of each θ_i (θ − z·se).</summary>
    public required IReadOnlyList<double> LowerBounds { get; init; }

    /// <summary>Upper confidence bound of each θ_i (θ + z·se).</summary>
    public required IReadOnlyList<double> UpperBounds { get; init; }

    /// <summary>All Our Ideas' Bradley–Terry score: mean over j ≠ i of p_i/(p_i+p_j), the chance to beat a random other item.</summary>
    public required IReadOnlyList<double> ChanceToBeatRandomOther { get; init; }

    /// <summary>Items by decreasing θ (ties: lower index first).</summary>
    public required IReadOnlyList<int> Ranking { get; init; }

    /// <summary>Newton iterations used.</summary>
    public required int Iterations { get; init; }
}
