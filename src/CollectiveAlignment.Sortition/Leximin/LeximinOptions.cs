namespace CollectiveAlignment.Sortition;

/// <summary>Settings of a LEXIMIN run; the defaults are what every caller gets without options.</summary>
public sealed record LeximinOptions
{
    /// <summary>The defaults: <see cref="Sortition.MasterSolver.Hybrid"/>.</summary>
    public static LeximinOptions Default { get; } = new();

    /// <summary>Which solver takes the master LPs. Both give the same distribution within the solver tolerances.</summary>
    public MasterSolver MasterSolver { get; init; } = MasterSolver.Hybrid;

    /// <summary>
    /// Test hook: the managed simplex reports a breakdown once it has made this many pivots, so that a test can check
    /// the GLOP fallback and its report. Null (always, outside tests) leaves the simplex alone.
    /// </summary>
    internal long? SimplexBreakdownAfterPivots { get; init; }
}
