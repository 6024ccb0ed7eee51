using CollectiveAlignment.Methods.Consensus.Numerics;
using CollectiveAlignment.Methods.Consensus.StatementVotes;

namespace CollectiveAlignment.Methods.Consensus.OpinionGroups;

/// <summary>
/// Polis's PCA (<c>pca.clj</c>): column-mean imputation, centring, power iteration with deflation, done sparsely.
/// </summary>
/// <remarks>
/// <para>An imputed entry equals its column mean, so after centring it is exactly 0: the centred matrix has the same
/// sparsity as the votes. The deflated rows r − Σ s·p are never formed; the products use
/// (r − Σ_m s_m p_m)·v = r·v − Σ_m s_m (p_m·v).</para>
/// <para>Difference from Polis: above 10,000 participants Polis switches to mini-batch PCA blended over updates; a batch
/// run has the whole matrix, so we always do the exact power iteration (the result is what mini-batches approximate).
/// Power iteration stops when the eigenvalue changes by less than 1e-12 relatively (Polis: unchanged).</para>
/// </remarks>
internal static class SparsePca
{
    public sealed record Fit(double[] Center, double[][] Components, double[] Eigenvalues);

    public static Fit Compute(StatementVoteMatrix m, int[] order, int componentCount, int maxIterations, ulong seed)
    {
        var n = m.ParticipantCount;
        var d = m.StatementCount;
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

        var components = new double[componentCount][];
        var eigenvalues = new double[componentCount];
        // scores[u * componentCount + c] = projection of the deflated row u on component c.
        var scores = new double[n * componentCount];
        var chunkAcc = new double[FixedChunks.Count][];
        var chunkCorr = new double[FixedChunks.Count][];
        for (var c = 0; c < FixedChunks.Count; c++)
        {
            chunkAcc[c] = new double[d];
            chunkCorr[c] = new double[componentCount];
        }

        for (var comp = 0; comp < componentCount; comp++)
        {
            var rng = new SplitMix64(seed + (ulong)comp);
            var v = new double[d];
            for (var j = 0; j < d; j++)
            {
                v[j] = rng.NextGaussian();
            }

            for (var prev = 0; prev < comp; prev++)
            {
                Axpy(-Dot(components[prev], v), components[prev], v);
            }

            Normalize(v);
            var lambda = 0.0;
            var pv = new double[comp];
            for (var iter = 0; iter < maxIterations; iter++)
            {
                for (var prev = 0; prev < comp; prev++)
                {
                    pv[prev] = Dot(components[prev], v);
                }

                var vv = v;
                var cc = comp;
                Parallel.For(0, FixedChunks.Count, chunk =>
                {
                    var acc = chunkAcc[chunk];
                    var corr = chunkCorr[chunk];
                    Array.Clear(acc);
                    Array.Clear(corr);
                    var (start, end) = FixedChunks.Range(chunk, n);
                    for (var k = start; k < end; k++)
                    {
                        var u = order[k];
                        var cols = m.StatementsOf(u);
                        var vals = m.VotesOf(u);
                        var dot = 0.0;
                        for (var i = 0; i < cols.Length; i++)
                        {
                            var j = cols[i];
                            dot += ((sbyte)vals[i] - center[j]) * vv[j];
                        }

                        for (var prev = 0; prev < cc; prev++)
                        {
                            dot -= scores[(u * componentCount) + prev] * pv[prev];
                        }

                        if (dot == 0.0)
                        {
                            continue;
                        }

                        for (var i = 0; i < cols.Length; i++)
                        {
                            var j = cols[i];
                            acc[j] += dot * ((sbyte)vals[i] - center[j]);
                        }

                        for (var prev = 0; prev < cc; prev++)
                        {
                            corr[prev] += dot * scores[(u * componentCount) + prev];
                        }
                    }
                });

                var w = new double[d];
                var corrTotal = new double[comp];
                for (var chunk = 0; chunk < FixedChunks.Count; chunk++)
                {
                    Axpy(1.0, chunkAcc[chunk], w);
                    for (var prev = 0; prev < comp; prev++)
                    {
                        corrTotal[prev] += chunkCorr[chunk][prev];
                    }
                }

                for (var prev = 0; prev < comp; prev++)
                {
                    Axpy(-corrTotal[prev], components[prev], w);
                }

                var newLambda = Math.Sqrt(Dot(w, w));
                if (newLambda == 0.0)
                {
                    break;
                }

                for (var j = 0; j < d; j++)
                {
                    w[j] /= newLambda;
                }

                v = w;
                var converged = Math.Abs(newLambda - lambda) <= 1e-12 * newLambda;
                lambda = newLambda;
                if (converged)
                {
                    break;
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

            components[comp] = v;
            eigenvalues[comp] = lambda;
            var pp = new double[comp];
            for (var prev = 0; prev < comp; prev++)
            {
                pp[prev] = Dot(components[prev], v);
            }

            Parallel.For(0, FixedChunks.Count, chunk =>
            {
                var (start, end) = FixedChunks.Range(chunk, n);
                for (var k = start; k < end; k++)
                {
                    var u = order[k];
                    var s = CentredDot(m, center, u, v);
                    for (var prev = 0; prev < comp; prev++)
                    {
                        s -= scores[(u * componentCount) + prev] * pp[prev];
                    }

                    scores[(u * componentCount) + comp] = s;
                }
            });
        }

        return new Fit(center, components, eigenvalues);
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

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }

    private static void Axpy(double alpha, double[] x, double[] y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            y[i] += alpha * x[i];
        }
    }

    private static void Normalize(double[] v)
    {
        var norm = Math.Sqrt(Dot(v, v));
        if (norm > 0)
        {
            for (var i = 0; i < v.Length; i++)
            {
                v[i] /= norm;
            }
        }
    }
}
