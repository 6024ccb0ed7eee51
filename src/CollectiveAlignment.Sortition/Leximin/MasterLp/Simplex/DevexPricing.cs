namespace CollectiveAlignment.Sortition;

/// <summary>
/// Chooses the entering column: Devex reference weights (Forrest and Goldfarb, "Steepest-edge simplex algorithms for
/// linear programming", Mathematical Programming 57, 1992), approximate steepest-edge pricing, with partial pricing of
/// the panel columns. Dantzig's rule took about three times as many pivots as GLOP's steepest edge on these LPs.
/// </summary>
internal sealed class DevexPricing
{
    private readonly MasterStandardForm _form;
    private readonly BasisInverse _basis;
    private double[] _weights;
    private int _priceStart;

    /// <param name="form">The LP.</param>
    /// <param name="basis">The basis (its inverse gives the pivot row the weights are updated from).</param>
    public DevexPricing(MasterStandardForm form, BasisInverse basis)
    {
        _form = form;
        _basis = basis;
        _weights = new double[(2 * form.M) + 1];
        Array.Fill(_weights, 1.0);
    }

    /// <summary>Makes room for <paramref name="length"/> variables; new ones start at reference weight 1.</summary>
    public void Grow(int length)
    {
        var weights = new double[length];
        Array.Copy(_weights, weights, _weights.Length);
        Array.Fill(weights, 1.0, _weights.Length, weights.Length - _weights.Length);
        _weights = weights;
    }

    /// <summary>
    /// Devex scores (reduced cost squared over the reference weight), slacks and z every time, then panel columns in
    /// segments of an eighth, starting where the last search stopped, until a segment holds a candidate. Pricing every
    /// column at every pivot would cost more than the pivot itself once there are thousands of columns. Bland's rule
    /// scans all and takes the first improving column.
    /// </summary>
    /// <param name="pi">The simplex multipliers of the current basis.</param>
    /// <param name="bland">Whether Bland's rule is on (after a run of degenerate pivots).</param>
    /// <param name="phase1">Whether the objective is phase 1's.</param>
    /// <returns>The entering variable, or -1 if the basis is optimal.</returns>
    public int ChooseEntering(double[] pi, bool bland, bool phase1)
    {
        var position = _basis.Position;
        var m = _form.M;
        var best = -1;
        var bestValue = 0.0;
        var structural = (2 * m) + 1;
        var columns = _form.Columns.Count;
        var count = structural + columns;
        for (var j = 0; j < (bland ? count : structural); j++)
        {
            // Artificials never re-enter, and the sum row has no slack.
            if (position[j] >= 0 || _form.IsArtificial(j) || j == m - 1)
            {
                continue;
            }

            var reduced = _form.Cost(j, phase1) - _form.Dot(pi, j);
            if (reduced > SimplexTolerances.Optimality)
            {
                if (bland)
                {
                    return j;
                }

                var score = reduced * reduced / _weights[j];
                if (score > bestValue)
                {
                    best = j;
                    bestValue = score;
                }
            }
        }

        if (bland || columns == 0)
        {
            return best;
        }

        var segment = Math.Max(64, columns / 8);
        var start = _priceStart % columns;
        var scanned = 0;
        while (scanned < columns)
        {
            var end = Math.Min(scanned + segment, columns);
            var found = false;
            for (; scanned < end; scanned++)
            {
                var j = start + scanned;
                var variable = structural + (j >= columns ? j - columns : j);
                if (position[variable] >= 0)
                {
                    continue;
                }

                var reduced = -_form.Dot(pi, variable);
                if (reduced > SimplexTolerances.Optimality)
                {
                    var score = reduced * reduced / _weights[variable];
                    found = true;
                    if (score > bestValue)
                    {
                        best = variable;
                        bestValue = score;
                    }
                }
            }

            if (found)
            {
                break;
            }
        }

        _priceStart = start + scanned;
        return best;
    }

    /// <summary>
    /// Updates the reference weights for the pivot at position <paramref name="r"/>. Needs the pivot row
    /// <c>α_r = (B⁻¹)_r A</c>, so it runs before the inverse is updated.
    /// </summary>
    /// <param name="r">The leaving position.</param>
    /// <param name="entering">The entering variable.</param>
    /// <param name="w">The entering column, transformed: <c>B⁻¹ A_q</c>.</param>
    public void Update(int r, int entering, double[] w)
    {
        var position = _basis.Position;
        var m = _form.M;
        var pivotRow = _basis.Row(r);
        var alphaQ = w[r];
        var gammaQ = _weights[entering];
        var count = _form.VariableCount;
        for (var j = 0; j < count; j++)
        {
            if (position[j] >= 0 || j == entering || _form.IsArtificial(j) || j == m - 1)
            {
                continue;
            }

            var ratio = _form.Dot(pivotRow, j) / alphaQ;
            var candidate = ratio * ratio * gammaQ;
            if (candidate > _weights[j])
            {
                _weights[j] = candidate;
            }
        }

        _weights[_basis.Basis[r]] = Math.Max(gammaQ / (alphaQ * alphaQ), 1);
        if (gammaQ > 1e6)
        {
            // Reference framework reset: weights that large no longer say anything about edge lengths.
            Array.Fill(_weights, 1.0);
        }
    }
}
