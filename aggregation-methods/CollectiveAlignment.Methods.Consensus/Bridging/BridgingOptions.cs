namespace CollectiveAlignment.Methods.Consensus.Bridging;

/// <summary>
/// Parameters of <see cref="BridgingMatrixFactorization"/>. Defaults are Community Notes' (<c>mf_base_scorer.py</c>,
/// <c>matrix_factorization.py</c>, the Community Notes ranking documentation; docs/formulas/consensus.md §3) unless marked "ours".
/// </summary>
public sealed record BridgingOptions
{
    /// <summary>Seed of the initial factors (ours: factors start N(0, 0.1²), intercepts at 0).</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>λ for mean(f_u²) and mean(f_n²) (Community Notes: 0.03).</summary>
    public double FactorRegularization { get; init; } = 0.03;

    /// <summary>λ for mean(i_u²), mean(i_n²) and μ² (Community Notes: 0.15; the note intercept is regularised 5× the factor on purpose, so only broad support raises it).</summary>
    public double InterceptRegularization { get; init; } = 0.15;

    /// <summary>Adam learning rate (Community Notes: 1.0 without warm start, 0.2 when warm-started; a batch run never warm starts).</summary>
    public double LearningRate { get; init; } = 1.0;

    /// <summary>Gradient-norm clip (Community Notes: 1.0).</summary>
    public double GradientClipNorm { get; init; } = 1.0;

    /// <summary>Stop when the loss changes by less than this (Community Notes: 1e-7).</summary>
    public double ConvergenceTolerance { get; init; } = 1e-7;

    /// <summary>Hard cap on epochs (ours; Community Notes has none but also stops once the loss rises after epoch 100).</summary>
    public int MaxEpochs { get; init; } = 2000;

    /// <summary>Raters with fewer ratings are dropped before fitting (Community Notes: 10; not applied recursively).</summary>
    public int MinRatingsPerRater { get; init; } = 10;

    /// <summary>Notes with fewer ratings are dropped before fitting (Community Notes: 5).</summary>
    public int MinRatingsPerNote { get; init; } = 5;

    /// <summary>CRH needs i_n ≥ this (Community Notes: 0.40).</summary>
    public double HelpfulInterceptThreshold { get; init; } = 0.40;

    /// <summary>CRH needs |f_n| &lt; this (Community Notes: 0.50).</summary>
    public double HelpfulMaxFactor { get; init; } = 0.50;

    /// <summary>CRNH when i_n &lt; this − <see cref="NotHelpfulFactorSlope"/>·|f_n| (Community Notes: −0.05).</summary>
    public double NotHelpfulIntercept { get; init; } = -0.05;

    /// <summary>Slope of the CRNH boundary (Community Notes: 0.8).</summary>
    public double NotHelpfulFactorSlope { get; init; } = 0.8;
}
