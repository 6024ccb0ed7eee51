namespace CollectiveAlignment.Sortition;

/// <summary>
/// The LEXIMIN master LP over the active panel classes: <c>max z</c> s.t. <c>sum_P x_P c_Pt / n_t &gt;= z</c> (unfixed
/// types), <c>&gt;= f_t</c> (fixed types), <c>sum_P x_P = 1</c>, <c>x &gt;= 0</c>.
/// </summary>
/// <remarks>
/// Two implementations: <see cref="HybridMasterLp"/> (the warm-started <see cref="MasterSimplex"/> for steering
/// solves, GLOP for exact ones; the default) and <see cref="MasterLp"/> (GLOP alone, rebuilt on every solve).
/// </remarks>
internal interface IMasterLp : IDisposable
{
    /// <summary>Active panel classes, in the order of <see cref="Weights"/>.</summary>
    IReadOnlyList<int[]> Columns { get; }

    /// <summary>Panel classes ever added (pruned ones included).</summary>
    int Generated { get; }

    /// <summary>Stage value of the last solve.</summary>
    double Z { get; }

    /// <summary>Dual <c>y_t &gt;= 0</c> of each type's row in the last solve (0 for types outside the LP).</summary>
    double[] Duals { get; }

    /// <summary>Dual of the <c>sum x = 1</c> row in the last solve: the bound a new panel must beat.</summary>
    double Mu { get; }

    /// <summary>Column weights of the last solve.</summary>
    double[] Weights { get; }

    /// <summary>Adds a panel class unless it is already active.</summary>
    bool TryAdd(int[] counts);

    /// <summary>Fixes a type's probability from now on.</summary>
    void Fix(int type, double value);

    /// <summary>Lowers every fixed value by <paramref name="amount"/> (after a round-off infeasibility).</summary>
    void LowerFixed(double amount);

    /// <summary>Fixed value of a type.</summary>
    double FixedValue(int type);

    /// <summary>Solves and records value, duals and weights; false if the LP is infeasible.</summary>
    /// <param name="exact">
    /// False for a steering solve inside column generation: the duals must be those of an optimal basis, but the
    /// value and weights may be off by round-off-sized perturbations. True when the result is used (stage end).
    /// </param>
    bool Solve(bool exact);

    /// <summary>If the LP holds more than <paramref name="limit"/> columns, may drop those unused by the last solution.</summary>
    void Prune(int limit);
}
