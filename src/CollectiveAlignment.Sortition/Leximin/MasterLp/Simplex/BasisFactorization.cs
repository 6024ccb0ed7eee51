namespace CollectiveAlignment.Sortition;

/// <summary>
/// Rebuilds <c>B⁻¹</c> from the original columns by Gauss–Jordan elimination with partial pivoting, repairing the
/// basis where it has become singular (after a fix), and recomputes <c>x_B</c>.
/// </summary>
internal sealed class BasisFactorization
{
    private readonly MasterStandardForm _form;
    private readonly BasisInverse _basis;
    private readonly int _m;
    private double[]? _work;

    /// <param name="form">The LP.</param>
    /// <param name="basis">The basis whose inverse this rebuilds.</param>
    public BasisFactorization(MasterStandardForm form, BasisInverse basis)
    {
        _form = form;
        _basis = basis;
        _m = form.M;
    }

    /// <summary>Basis columns replaced by unit columns because the basis had become singular.</summary>
    public int Repairs { get; private set; }

    /// <summary>Inverses rebuilt from scratch.</summary>
    public int Rebuilds { get; private set; }

    /// <summary>Rebuilds the inverse; false if the basis stays singular even after repair.</summary>
    public bool Refactor()
    {
        var m = _m;
        var basis = _basis.Basis;
        var position = _basis.Position;
        var binv = _basis.Inverse;

        // Unit columns (slacks, artificials) first: eliminating them touches one row each, so the cubic work is
        // only over the panel columns and z. Basis positions are arbitrary, so reordering them is free.
        var order = Enumerable.Range(0, m).OrderBy(i => basis[i] >= 0 && basis[i] < 2 * m ? 0 : 1).ToArray();
        var reordered = order.Select(i => basis[i]).ToArray();
        Array.Copy(reordered, basis, m);
        for (var i = 0; i < m; i++)
        {
            if (basis[i] >= 0)
            {
                position[basis[i]] = i;
            }
        }

        // One m x m work matrix for the life of the LP: on the large-object heap, a fresh one per refactorisation
        // cost a gen-2 collection each time.
        var a = _work ??= new double[m * m];
        var column = new double[m];
        for (var i = 0; i < m; i++)
        {
            _form.Scatter(basis[i], column);
            for (var k = 0; k < m; k++)
            {
                a[(k * m) + i] = column[k];
            }
        }

        Array.Clear(binv);
        for (var i = 0; i < m; i++)
        {
            binv[(i * m) + i] = 1;
        }

        for (var c = 0; c < m; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < m; r++)
            {
                if (Math.Abs(a[(r * m) + c]) > Math.Abs(a[(pivot * m) + c]))
                {
                    pivot = r;
                }
            }

            if (Math.Abs(a[(pivot * m) + c]) < SimplexTolerances.Singular)
            {
                pivot = RepairColumn(a, c);
                if (pivot < 0)
                {
                    return false;
                }
            }

            if (pivot != c)
            {
                SwapRows(a, pivot, c);
                SwapRows(binv, pivot, c);
            }

            var scale = 1 / a[(c * m) + c];
            var pivotA = a.AsSpan((c * m) + c, m - c);
            var pivotInverse = binv.AsSpan(c * m, m);
            for (var k = 0; k < pivotA.Length; k++)
            {
                pivotA[k] *= scale;
            }

            for (var k = 0; k < m; k++)
            {
                pivotInverse[k] *= scale;
            }

            for (var r = 0; r < m; r++)
            {
                var factor = a[(r * m) + c];
                if (r == c || factor == 0)
                {
                    continue;
                }

                DenseVector.AddScaled(a.AsSpan((r * m) + c, m - c), pivotA, -factor);
                DenseVector.AddScaled(binv.AsSpan(r * m, m), pivotInverse, -factor);
            }
        }

        _basis.RecomputeBasic();
        var xB = _basis.Values;
        for (var i = 0; i < m; i++)
        {
            // A repaired position holds a unit column; a slack (-e_o) instead of the artificial (+e_o) makes its value
            // non-negative, except in the sum row, which has no slack.
            var o = basis[i] - m;
            if (o >= 0 && o < m - 1 && xB[i] < 0 && position[o] < 0)
            {
                position[basis[i]] = -1;
                basis[i] = o;
                position[o] = i;
                xB[i] = -xB[i];
                var row = binv.AsSpan(i * m, m);
                for (var k = 0; k < m; k++)
                {
                    row[k] = -row[k];
                }
            }
        }

        _basis.MarkRebuilt();
        Rebuilds++;
        return true;
    }

    /// <summary>
    /// Basis repair: column <paramref name="c"/> depends on the columns before it. This happens after a fix: every
    /// type with a positive dual is fixed, z's column loses those rows and becomes a combination of the remaining
    /// (basic) slacks. The column is replaced by the slack of a fixed row whose slack is non-basic: the current point
    /// is tight there, so with z leaving at 0 (the unfixed rows' slacks absorb it) the basic solution is the same
    /// panel mix, still feasible. If no such slack gives a pivot, any free unit column is taken as an artificial.
    /// </summary>
    /// <returns>The pivot row, or -1 if no unit column helps (cannot happen for an invertible elimination).</returns>
    private int RepairColumn(double[] a, int c)
    {
        var m = _m;
        var basis = _basis.Basis;
        var position = _basis.Position;
        var (row, unit) = LargestUnitPivot(c, fixedSlacksOnly: true);
        var slack = row >= 0;
        if (!slack)
        {
            (row, unit) = LargestUnitPivot(c, fixedSlacksOnly: false);
            if (row < 0)
            {
                return -1;
            }
        }

        // The elimination so far is the matrix in the inverse, so the transformed unit column ±e_o is ± its column o.
        var sign = slack ? -1.0 : 1.0;
        var binv = _basis.Inverse;
        for (var r = 0; r < m; r++)
        {
            a[(r * m) + c] = sign * binv[(r * m) + unit];
        }

        if (basis[c] >= 0)
        {
            position[basis[c]] = -1;
        }

        basis[c] = slack ? unit : m + unit;
        position[basis[c]] = c;
        Repairs++;
        return row;
    }

    private (int Row, int Unit) LargestUnitPivot(int c, bool fixedSlacksOnly)
    {
        var m = _m;
        var position = _basis.Position;
        var binv = _basis.Inverse;
        var bestRow = -1;
        var bestUnit = -1;
        var largest = SimplexTolerances.Singular;
        for (var o = 0; o < m; o++)
        {
            if (position[o] >= 0 || position[m + o] >= 0 || (fixedSlacksOnly && (o == m - 1 || !_form.IsRowFixed(o))))
            {
                continue;
            }

            for (var r = c; r < m; r++)
            {
                var value = Math.Abs(binv[(r * m) + o]);
                if (value > largest)
                {
                    largest = value;
                    bestRow = r;
                    bestUnit = o;
                }
            }
        }

        return (bestRow, bestUnit);
    }

    private void SwapRows(double[] matrix, int a, int b)
    {
        var rowA = matrix.AsSpan(a * _m, _m);
        var rowB = matrix.AsSpan(b * _m, _m);
        for (var k = 0; k < _m; k++)
        {
            (rowA[k], rowB[k]) = (rowB[k], rowA[k]);
        }
    }
}
