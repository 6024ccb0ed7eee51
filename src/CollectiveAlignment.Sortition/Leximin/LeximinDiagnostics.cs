namespace CollectiveAlignment.Sortition;

/// <summary>Work done and accuracy certificates of a LEXIMIN run.</summary>
/// <param name="Types">Distinct types (feature profiles; household members count singly).</param>
/// <param name="UncoverableTypes">Types in no feasible panel (probability 0).</param>
/// <param name="Stages">Leximin stages (each fixes at least one type's probability).</param>
/// <param name="Columns">Panel classes generated.</param>
/// <param name="PricingCalls">Integer programs solved to find improving panels.</param>
/// <param name="MaxCertifiedGap">Largest (best pricing value − LP dual bound) when a stage ended: each stage value is optimal within it.</param>
/// <param name="NumericalRelaxations">How often fixed values were lowered by 1e-9 after a round-off infeasibility.</param>
public sealed record LeximinDiagnostics(int Types, int UncoverableTypes, int Stages, int Columns, int PricingCalls, double MaxCertifiedGap, int NumericalRelaxations)
{
    /// <summary>Improving panels found by the swap search instead of an integer program.</summary>
    public int SwapSearchPanels { get; init; }

    /// <summary>Pivots of the warm-started managed simplex that steers column generation.</summary>
    public long SimplexPivots { get; init; }

    /// <summary>
    /// Master LPs solved exactly by GLOP: stage ends where the simplex's basis was not exact, or every master LP with
    /// <see cref="MasterSolver.Glop"/>.
    /// </summary>
    public int GlopSolves { get; init; }

    /// <summary>Whether the managed simplex broke down numerically and GLOP solved every later master LP.</summary>
    public bool GlopFallback { get; init; }

    /// <summary>Why the managed simplex gave up, when <see cref="GlopFallback"/> is set.</summary>
    public string? FallbackReason { get; init; }

    /// <summary>The master LP solver asked for (<see cref="LeximinOptions.MasterSolver"/>).</summary>
    public MasterSolver MasterSolver { get; init; }

    /// <summary>
    /// Whether the leximin point of the panels' linear relaxation turned out to be a lottery over panels, so that one
    /// decomposition replaced the staged column generation (<see cref="Stages"/> then counts the relaxation's stages).
    /// </summary>
    public bool Decomposed { get; init; }
}
