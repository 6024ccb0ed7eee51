namespace CollectiveAlignment.Methods.Consensus.Numerics;

/// <summary>
/// Cholesky factorisation A = L·Lᵀ of a symmetric positive-definite matrix stored row-major in a flat array.
/// Hand-written because at n = 500 it is two orders of magnitude faster than going through a general matrix indexer,
/// and its operation order (hence its rounding) is fixed by this code.
/// </summary>
internal sealed class DenseCholesky
{
    private readonly double[] _l;
    private readonly int _n;

    public DenseCholesky(double[] a, int n)
    {
        _n = n;
        _l = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            var rowJ = j * n;
            var lj = _l.AsSpan(rowJ, j);
            var d = a[rowJ + j] - Dot(lj, lj);

            if (!(d > 0))
            {
                throw new InvalidOperationException("The matrix is not positive definite.");
            }

            var ljj = Math.Sqrt(d);
            _l[rowJ + j] = ljj;
            for (var i = j + 1; i < n; i++)
            {
                var rowI = i * n;
                _l[rowI + j] = (a[rowI + j] - Dot(_l.AsSpan(rowI, j), lj)) / ljj;
            }
        }
    }

    /// <summary>Solves A·x = b.</summary>
    public double[] Solve(ReadOnlySpan<double> b)
    {
        var n = _n;
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var s = b[i];
            for (var k = 0; k < i; k++)
            {
                s -= _l[(i * n) + k] * y[k];
            }

            y[i] = s / _l[(i * n) + i];
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var s = y[i];
            for (var k = i + 1; k < n; k++)
            {
                s -= _l[(k * n) + i] * y[k];
            }

            y[i] = s / _l[(i * n) + i];
        }

        return y;
    }

    /// <summary>The diagonal of A⁻¹ (Σ_k (L⁻¹)_ki²), without forming the inverse.</summary>
    public double[] InverseDiagonal()
    {
        var n = _n;
        var diag = new double[n];
        var column = new double[n];
        // Column j of L⁻¹ by forward substitution on e_j; (A⁻¹)_ii = Σ_j (L⁻¹)_ji².
        for (var j = 0; j < n; j++)
        {
            Array.Clear(column);
            column[j] = 1.0 / _l[(j * n) + j];
            for (var i = j + 1; i < n; i++)
            {
                column[i] = -Dot(_l.AsSpan((i * n) + j, i - j), column.AsSpan(j, i - j)) / _l[(i * n) + i];
            }

            for (var i = j; i < n; i++)
            {
                diag[j] += column[i] * column[i];
            }
        }

        return diag;
    }

    /// <summary>
    /// A dot product with four fixed accumulators: fast through instruction-level parallelism, yet the summation order (and so
    /// the rounding) is the same on every machine, unlike <see cref="System.Numerics.Vector{T}"/> whose width varies.
    /// </summary>
    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var i = 0;
        b = b[..a.Length];
        for (; i <= a.Length - 4; i += 4)
        {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }

        for (; i < a.Length; i++)
        {
            s0 += a[i] * b[i];
        }

        return (s0 + s1) + (s2 + s3);
    }
}
