namespace CollectiveAlignment.Sortition;

/// <summary>The tolerances the managed simplex's components share, in one place so that they stay consistent.</summary>
internal static class SimplexTolerances
{
    /// <summary>Smallest |w_i| accepted as a pivot in the ratio test.</summary>
    public const double Pivot = 1e-8;

    /// <summary>How far a basic value may sit below zero (Harris's ratio test lets it dip by round-off).</summary>
    public const double Feasibility = 1e-9;

    /// <summary>Smallest reduced cost that makes a column worth entering.</summary>
    public const double Optimality = 1e-9;

    /// <summary>Largest primal or dual residual a verified solve may leave.</summary>
    public const double Residual = 1e-9;

    /// <summary>Smallest pivot the Gauss–Jordan rebuild of the inverse accepts before it repairs the basis.</summary>
    public const double Singular = 1e-9;
}
