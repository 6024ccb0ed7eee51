namespace CollectiveAlignment.Methods.Consensus.Bridging;

/// <summary>The fitted model r̂ = μ + i_u + i_n + f_u·f_n and each note's status.</summary>
public sealed record BridgingResult
{
    /// <summary>μ, the global intercept.</summary>
    public required double GlobalIntercept { get; init; }

    /// <summary>i_u by rater index (NaN for raters filtered out).</summary>
    public required IReadOnlyList<double> RaterIntercepts { get; init; }

    /// <summary>f_u by rater index (NaN for raters filtered out). Sign convention: the mean rater factor is ≥ 0.</summary>
    public required IReadOnlyList<double> RaterFactors { get; init; }

    /// <summary>i_n by note index: the bridged support (NaN for notes filtered out).</summary>
    public required IReadOnlyList<double> NoteIntercepts { get; init; }

    /// <summary>f_n by note index: how much a note's support depends on viewpoint (NaN for notes filtered out).</summary>
    public required IReadOnlyList<double> NoteFactors { get; init; }

    /// <summary>Status by note index.</summary>
    public required IReadOnlyList<NoteStatus> Statuses { get; init; }

    /// <summary>Scored notes by decreasing intercept (ties: lower index); filtered-out notes are not listed.</summary>
    public required IReadOnlyList<int> Ranking { get; init; }

    /// <summary>Epochs run.</summary>
    public required int Epochs { get; init; }

    /// <summary>Final training loss (regularised).</summary>
    public required double FinalLoss { get; init; }
}
