namespace CollectiveAlignment.Sortition;

/// <summary>Which solver takes the LEXIMIN master LPs (<see cref="LeximinOptions.MasterSolver"/>).</summary>
public enum MasterSolver
{
    /// <summary>
    /// The default: a warm-started managed simplex steers column generation and GLOP solves exactly at stage ends (or
    /// the simplex, when its basis is provably optimal for the true LP). Falls back to GLOP for the rest of the run if
    /// the simplex breaks down numerically (<see cref="LeximinDiagnostics.GlopFallback"/>).
    /// </summary>
    Hybrid,

    /// <summary>
    /// GLOP alone, from scratch on every solve: many times slower on large pools, but with no managed numerics at all;
    /// the path the hybrid falls back to, selectable to cross-check a result.
    /// </summary>
    Glop,
}
