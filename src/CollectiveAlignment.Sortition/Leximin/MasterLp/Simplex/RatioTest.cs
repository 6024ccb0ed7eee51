namespace CollectiveAlignment.Sortition;

/// <summary>
/// Chooses the leaving basis position for an entering column <c>w = B⁻¹ A_q</c>. A basic artificial of a redundant row
/// blocks in either direction outside phase 1: it must stay at zero.
/// </summary>
internal static class RatioTest
{
    /// <summary>
    /// Harris's two-pass test: the first pass finds the largest step that keeps every basic value above minus the
    /// feasibility tolerance, the second takes the largest pivot among the positions that block within that step. A
    /// large pivot keeps the explicit inverse well conditioned; the price is basic values that dip below zero by
    /// round-off, which the drift repair lifts again.
    /// </summary>
    /// <returns>The leaving position, or -1 if nothing blocks (the LP is unbounded in that direction).</returns>
    public static int Harris(double[] w, double[] values, int[] basis, MasterStandardForm form, bool phase1)
    {
        var m = w.Length;
        var bound = double.PositiveInfinity;
        for (var i = 0; i < m; i++)
        {
            var wi = w[i];
            if (wi > SimplexTolerances.Pivot)
            {
                bound = Math.Min(bound, (values[i] + SimplexTolerances.Feasibility) / wi);
            }
            else if (wi < -SimplexTolerances.Pivot && !phase1 && form.IsArtificial(basis[i]))
            {
                bound = Math.Min(bound, SimplexTolerances.Feasibility / -wi);
            }
        }

        if (double.IsPositiveInfinity(bound))
        {
            return -1;
        }

        var leaving = -1;
        var largest = 0.0;
        for (var i = 0; i < m; i++)
        {
            var wi = w[i];
            var blocking = wi > SimplexTolerances.Pivot ? values[i] / wi <= bound : wi < -SimplexTolerances.Pivot && !phase1 && form.IsArtificial(basis[i]);
            if (blocking && Math.Abs(wi) > largest)
            {
                largest = Math.Abs(wi);
                leaving = i;
            }
        }

        return leaving;
    }

    /// <summary>The textbook minimum-ratio test with ties broken by the smallest variable number (Bland's rule).</summary>
    /// <returns>The leaving position, or -1 if nothing blocks.</returns>
    public static int Bland(double[] w, double[] values, int[] basis, MasterStandardForm form, bool phase1)
    {
        var m = w.Length;
        var leaving = -1;
        var best = double.PositiveInfinity;
        for (var i = 0; i < m; i++)
        {
            var wi = w[i];
            double ratio;
            if (wi > SimplexTolerances.Pivot)
            {
                ratio = Math.Max(0, values[i]) / wi;
            }
            else if (wi < -SimplexTolerances.Pivot && !phase1 && form.IsArtificial(basis[i]))
            {
                ratio = 0;
            }
            else
            {
                continue;
            }

            if (ratio < best - 1e-15 || (ratio <= best + 1e-15 && leaving >= 0 && basis[i] < basis[leaving]))
            {
                best = Math.Min(best, ratio);
                leaving = i;
            }
        }

        return leaving;
    }
}
