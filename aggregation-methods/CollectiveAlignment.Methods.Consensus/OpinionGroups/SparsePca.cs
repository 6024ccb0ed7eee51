using CollectiveAlignment.Randomness;
using CollectiveAlignment.Methods.Consensus.Numerics;
using CollectiveAlignment.Methods.Consensus.StatementVotes;

namespace CollectiveAlignment.Methods.Consensus.OpinionGroups;

/// <summary>
/// Polis's PCA (<c>pca.clj</c>): column-mean imputation, centring, and power iteration for the leading components, done
/// sparsely.
/// </summary>
/// <remarks>
/// <para>Sparsity: an imputed entry equals its column mean, so after centring it is exactly 0. The centred matrix X therefore
/// has the same non-zeros as the votes, and XᵀX·v is computed as Σ_u (x_u·v)·x_u over stored entries only.</para>
/// <para>Iteration (a deliberate difference): Polis runs power iteration one component at a time with deflation, 100
/// iterations at most, stopping when the eigenvalue stops changing. We iterate both components together (orthogonal
/// iteration: V ← orth(XᵀX·V)), which reads the data once per iteration instead of once per component, and finish with a
/// Rayleigh–Ritz rotation inside the converged subspace. The fixed point is the same, the top eigenvectors of the covariance;
/// the clusters only depend on the subspace, because k-means distances are invariant under rotations. Stop: the subspace
/// moves less than 1e-7 (Frobenius norm of V_new − V_old·V_oldᵀV_new) or 100 iterations (Polis's cap).</para>
/// <para>Above 10,000 participants Polis switches to mini-batch PCA blended over updates; a batch run has the whole matrix,
/// so we always do the exact iteration (what mini-batches approximate).</para>
/// <para>Determinism: rows are processed in the canonical participant order, in fixed chunks summed in chunk order.</para>
/// </remarks>
internal static class SparsePca
{
    public sealed record Fit(double[] Center, double[][] Components, double[] Eigenvalues, int Iterations);

    public static Fit Compute(StatementVoteMatrix m, int[] order, int componentCount, int maxIterations, ulong seed)
    {
        var n = m.ParticipantCount;
        var d = m.StatementCount;
        var c = componentCount;
        var center = new double[d];
        for (var j = 0; j < d; j++)
        {
            var votes = m.VotesOn(j);
            long sum = 0;
            foreach (var v in votes)
            {
                sum += (sbyte)v;
            }

            center[j] = votes.Length == 0 ? 0.0 : (double)sum / votes.Length;
        }

        // The centred rows in canonical order, contiguous, so each iteration streams through memory once.
        var rowStart = new int[n + 1];
        for (var k = 0; k < n; k++)
        {
            rowStart[k + 1] = rowStart[k] + m.VoteCountOf(order[k]);
        }

        var cols = new int[rowStart[n]];
        var vals = new double[rowStart[n]];
        for (var k = 0; k < n; k++)
        {
            var at = rowStart[k];
            var rc = m.StatementsOf(order[k]);
            var rv = m.VotesOf(order[k]);
            for (var i = 0; i < rc.Length; i++)
            {
                cols[at + i] = rc[i];
                vals[at + i] = (sbyte)rv[i] - center[rc[i]];
            }
        }

        var rng = SeededRandom.FromSeed(seed);
        var basis = new double[c][];
        for (var a = 0; a < c; a++)
        {
            basis[a] = new double[d];
            for (var j = 0; j < d; j++)
            {
                basis[a][j] = rng.NextGaussian();
            }
        }

        Orthonormalize(basis);
        var chunkAcc = new double[FixedChunks.Count][];
        for (var ch = 0; ch < FixedChunks.Count; ch++)
        {
            chunkAcc[ch] = new double[c * d];
        }

        var iterations = 0;
        double[][] product;
        while (true)
        {
            iterations++;
            product = Multiply(basis, rowStart, cols, vals, n, d, c, chunkAcc);
            var next = product.Select(p => (double[])p.Clone()).ToArray();
            Orthonormalize(next);
            var moved = SubspaceDistance(basis, next);
            basis = next;
            if (moved < 1e-7 || iterations >= maxIterations)
            {
                break;
            }
        }

        // Rayleigh–Ritz: H = Vᵀ(XᵀX)V, eigen-decomposed, rotates the basis onto the eigenvectors, largest first.
        product = Multiply(basis, rowStart, cols, vals, n, d, c, chunkAcc);
        var h = new double[c, c];
        for (var a = 0; a < c; a++)
        {
            for (var b = 0; b < c; b++)
            {
                h[a, b] = Dot(basis[a], product[b]);
            }
        }

        var (eigenvalues, rotation) = SymmetricEigen.Decompose(h);
        var components = new double[c][];
        for (var a = 0; a < c; a++)
        {
            var v = new double[d];
            for (var b = 0; b < c; b++)
            {
                var r = rotation[b, a];
                for (var j = 0; j < d; j++)
                {
                    v[j] += r * basis[b][j];
                }
            }

            // The sign of an eigenvector is arbitrary; fix it (largest-magnitude entry positive) so results are canonical.
            var largest = 0;
            for (var j = 1; j < d; j++)
            {
                if (Math.Abs(v[j]) > Math.Abs(v[largest]))
                {
                    largest = j;
                }
            }

            if (d > 0 && v[largest] < 0)
            {
                for (var j = 0; j < d; j++)
                {
                    v[j] = -v[j];
                }
            }

            components[a] = v;
        }

        return new Fit(center, components, eigenvalues, iterations);
    }

    /// <summary>Σ_{j voted} (x_uj − center_j)·v_j: the centred, imputed row dotted with v (imputed entries contribute 0).</summary>
    public static double CentredDot(StatementVoteMatrix m, double[] center, int u, double[] v)
    {
        var cols = m.StatementsOf(u);
        var vals = m.VotesOf(u);
        var dot = 0.0;
        for (var i = 0; i < cols.Length; i++)
        {
            var j = cols[i];
            dot += ((sbyte)vals[i] - center[j]) * v[j];
        }

        return dot;
    }

    /// <summary>XᵀX·V for the c columns of V, in one pass over the rows.</summary>
    private static double[][] Multiply(double[][] basis, int[] rowStart, int[] cols, double[] vals, int n, int d, int c, double[][] chunkAcc)
    {
        Parallel.For(0, FixedChunks.Count, chunk =>
        {
            var acc = chunkAcc[chunk];
            Array.Clear(acc);
            Span<double> dots = stackalloc double[c];
            var (start, end) = FixedChunks.Range(chunk, n);
            for (var k = start; k < end; k++)
            {
                var from = rowStart[k];
                var to = rowStart[k + 1];
                dots.Clear();
                for (var i = from; i < to; i++)
                {
                    var j = cols[i];
                    var x = vals[i];
                    for (var a = 0; a < c; a++)
                    {
                        dots[a] += x * basis[a][j];
                    }
                }

                for (var i = from; i < to; i++)
                {
                    var j = cols[i];
                    var x = vals[i];
                    for (var a = 0; a < c; a++)
                    {
                        acc[(a * d) + j] += dots[a] * x;
                    }
                }
            }
        });

        var result = new double[c][];
        for (var a = 0; a < c; a++)
        {
            result[a] = new double[d];
            for (var chunk = 0; chunk < FixedChunks.Count; chunk++)
            {
                var acc = chunkAcc[chunk];
                for (var j = 0; j < d; j++)
                {
                    result[a][j] += acc[(a * d) + j];
                }
            }
        }

        return result;
    }

    /// <summary>Modified Gram–Schmidt; a column that collapses (rank-deficient data) is left at zero.</summary>
    private static void Orthonormalize(double[][] vectors)
    {
        for (var a = 0; a < vectors.Length; a++)
        {
            for (var b = 0; b < a; b++)
            {
                var proj = Dot(vectors[b], vectors[a]);
                for (var j = 0; j < vectors[a].Length; j++)
                {
                    vectors[a][j] -= proj * vectors[b][j];
                }
            }

            var norm = Math.Sqrt(Dot(vectors[a], vectors[a]));
            for (var j = 0; j < vectors[a].Length; j++)
            {
                vectors[a][j] = norm > 1e-300 ? vectors[a][j] / norm : 0.0;
            }
        }
    }

    /// <summary>‖B − A·AᵀB‖_F: how far the span of B lies outside the span of A (both orthonormal).</summary>
    private static double SubspaceDistance(double[][] a, double[][] b)
    {
        var total = 0.0;
        foreach (var bv in b)
        {
            var residual = (double[])bv.Clone();
            foreach (var av in a)
            {
                var proj = Dot(av, bv);
                for (var j = 0; j < residual.Length; j++)
                {
                    residual[j] -= proj * av[j];
                }
            }

            total += Dot(residual, residual);
        }

        return Math.Sqrt(total);
    }

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }
}
