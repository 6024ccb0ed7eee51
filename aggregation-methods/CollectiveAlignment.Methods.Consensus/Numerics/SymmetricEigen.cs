namespace CollectiveAlignment.Methods.Consensus.Numerics;

/// <summary>
/// Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations (Golub &amp; Van Loan, "Matrix Computations",
/// §8.5). Used for the 2 × 2 (or 3 × 3) Rayleigh–Ritz step of the PCA, where a general library would be overkill.
/// </summary>
internal static class SymmetricEigen
{
    /// <summary>Eigenvalues in decreasing order and the matching eigenvectors as columns of the returned matrix.</summary>
    public static (double[] Values, double[,] Vectors) Decompose(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var v = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            v[i, i] = 1.0;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            var off = 0.0;
            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    off += a[p, q] * a[p, q];
                }
            }

            if (off < 1e-30)
            {
                break;
            }

            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    if (a[p, q] == 0.0)
                    {
                        continue;
                    }

                    var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    var cos = 1 / Math.Sqrt((t * t) + 1);
                    var sin = t * cos;
                    for (var k = 0; k < n; k++)
                    {
                        var akp = a[k, p];
                        var akq = a[k, q];
                        a[k, p] = (cos * akp) - (sin * akq);
                        a[k, q] = (sin * akp) + (cos * akq);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var apk = a[p, k];
                        var aqk = a[q, k];
                        a[p, k] = (cos * apk) - (sin * aqk);
                        a[q, k] = (sin * apk) + (cos * aqk);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var vkp = v[k, p];
                        var vkq = v[k, q];
                        v[k, p] = (cos * vkp) - (sin * vkq);
                        v[k, q] = (sin * vkp) + (cos * vkq);
                    }
                }
            }
        }

        var idx = Enumerable.Range(0, n).OrderByDescending(i => a[i, i]).ThenBy(i => i).ToArray();
        var values = idx.Select(i => a[i, i]).ToArray();
        var vectors = new double[n, n];
        for (var col = 0; col < n; col++)
        {
            for (var row = 0; row < n; row++)
            {
                vectors[row, col] = v[row, idx[col]];
            }
        }

        return (values, vectors);
    }
}
