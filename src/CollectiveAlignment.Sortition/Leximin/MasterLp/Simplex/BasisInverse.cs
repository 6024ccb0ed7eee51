namespace CollectiveAlignment.Sortition;

/// <summary>
/// The simplex basis with its explicit dense inverse <c>B⁻¹</c>, the basic values <c>x_B = B⁻¹ b</c> and the working
/// right-hand side <c>b</c>; each pivot updates the inverse by one rank-one step (the product-form update written out).
/// </summary>
/// <remarks>
/// The OR-Tools linear-solver wrapper makes GLOP refactorise a dense ~500 x 500 basis on every solve; keeping the
/// inverse explicitly costs O(m²) per pivot instead, split over two cores. <see cref="BasisFactorization"/> rebuilds it
/// when a residual check fails or every thousand pivots.
/// </remarks>
internal sealed class BasisInverse
{
    private const int ParallelRows = 200;

    private readonly MasterStandardForm _form;
    private readonly int _m;

    /// <param name="form">The LP the basis belongs to.</param>
    public BasisInverse(MasterStandardForm form)
    {
        _form = form;
        _m = form.M;
        Basis = new int[_m];
        Inverse = new double[_m * _m];
        Values = new double[_m];
        WorkingRhs = new double[_m];
        Position = new int[(2 * _m) + 1];
    }

    /// <summary>The variable in each basis position (-1 for a position waiting for repair).</summary>
    public int[] Basis { get; }

    /// <summary>The basis position of each variable, -1 if non-basic.</summary>
    public int[] Position { get; private set; }

    /// <summary><c>B⁻¹</c>, row-major, m x m.</summary>
    public double[] Inverse { get; }

    /// <summary><c>x_B</c>: the value of the variable in each basis position.</summary>
    public double[] Values { get; }

    /// <summary>The right-hand side the basic values solve for: the true one, lifted by the perturbation.</summary>
    public double[] WorkingRhs { get; }

    /// <summary>Pivots since the inverse was last rebuilt.</summary>
    public int PivotsSinceRefactor { get; private set; }

    /// <summary>Pivots since construction.</summary>
    public long Pivots { get; private set; }

    /// <summary>Row <paramref name="row"/> of <c>B⁻¹</c>.</summary>
    public Span<double> Row(int row) => Inverse.AsSpan(row * _m, _m);

    /// <summary>Makes room for <paramref name="length"/> variables; new ones are non-basic.</summary>
    public void Grow(int length)
    {
        var grown = new int[length];
        Array.Copy(Position, grown, Position.Length);
        Array.Fill(grown, -1, Position.Length, grown.Length - Position.Length);
        Position = grown;
    }

    /// <summary>
    /// The start of a cold solve: the slack basis where the slack value -b_i is feasible, the artificial elsewhere (and
    /// always for the sum row), with its inverse written down directly.
    /// </summary>
    public void StartFromSlacks()
    {
        var rhs = _form.Rhs;
        Array.Fill(Position, -1);
        Array.Clear(Inverse);
        Array.Copy(rhs, WorkingRhs, _m);
        for (var i = 0; i < _m; i++)
        {
            var artificial = i == _m - 1 || rhs[i] > 0;
            Basis[i] = artificial ? _m + i : i;
            Position[Basis[i]] = i;
            Inverse[(i * _m) + i] = artificial ? 1 : -1;
            Values[i] = artificial ? rhs[i] : -rhs[i];
        }

        PivotsSinceRefactor = 0;
    }

    /// <summary>Records that the inverse has just been rebuilt from scratch.</summary>
    public void MarkRebuilt() => PivotsSinceRefactor = 0;

    /// <summary>x_B = B⁻¹ b for the working right-hand side.</summary>
    public void RecomputeBasic()
    {
        for (var k = 0; k < _m; k++)
        {
            var row = Inverse.AsSpan(k * _m, _m);
            var sum = 0.0;
            for (var i = 0; i < _m; i++)
            {
                sum += row[i] * WorkingRhs[i];
            }

            Values[k] = sum;
        }
    }

    /// <summary>w = B⁻¹ A_j.</summary>
    public void Ftran(int variable, double[] w)
    {
        var m = _m;
        var binv = Inverse;
        if (variable < m)
        {
            for (var k = 0; k < m; k++)
            {
                w[k] = -binv[(k * m) + variable];
            }
        }
        else if (variable < 2 * m)
        {
            for (var k = 0; k < m; k++)
            {
                w[k] = binv[(k * m) + variable - m];
            }
        }
        else if (variable == _form.ZIndex)
        {
            for (var k = 0; k < m; k++)
            {
                var row = binv.AsSpan(k * m, m);
                var sum = 0.0;
                for (var i = 0; i < m - 1; i++)
                {
                    if (!_form.IsRowFixed(i))
                    {
                        sum -= row[i];
                    }
                }

                w[k] = sum;
            }
        }
        else
        {
            var j = variable - (2 * m) - 1;
            var rows = _form.ColumnRows(j);
            var values = _form.ColumnValues(j);
            for (var k = 0; k < m; k++)
            {
                var offset = k * m;
                var sum = binv[offset + m - 1];
                for (var e = 0; e < rows.Length; e++)
                {
                    sum += binv[offset + rows[e]] * values[e];
                }

                w[k] = sum;
            }
        }
    }

    /// <summary>
    /// Replaces the variable in position <paramref name="r"/> by <paramref name="entering"/>, whose transformed column
    /// is <paramref name="w"/>, at step <paramref name="theta"/>: moves the basic values and updates the inverse.
    /// </summary>
    public void Pivot(int r, int entering, double theta, double[] w)
    {
        for (var i = 0; i < _m; i++)
        {
            Values[i] -= theta * w[i];
        }

        Values[r] = theta;
        var pivotRow = Inverse.AsSpan(r * _m, _m);
        var scale = 1 / w[r];
        for (var k = 0; k < _m; k++)
        {
            pivotRow[k] *= scale;
        }

        // The rank-one update streams the whole m x m inverse through memory (2 MB at m = 500): the dominant cost of
        // a pivot. Two halves of the rows on two cores when there is enough work to pay for the hand-off.
        if (_m >= ParallelRows)
        {
            Parallel.For(0, 2, half => UpdateRows(r, half == 0 ? 0 : _m / 2, half == 0 ? _m / 2 : _m, w));
        }
        else
        {
            UpdateRows(r, 0, _m, w);
        }

        Position[Basis[r]] = -1;
        Basis[r] = entering;
        Position[entering] = r;
        PivotsSinceRefactor++;
        Pivots++;
    }

    private void UpdateRows(int r, int from, int to, double[] w)
    {
        var pivotRow = Inverse.AsSpan(r * _m, _m);
        for (var i = from; i < to; i++)
        {
            if (i != r && w[i] != 0)
            {
                DenseVector.AddScaled(Inverse.AsSpan(i * _m, _m), pivotRow, -w[i]);
            }
        }
    }
}
