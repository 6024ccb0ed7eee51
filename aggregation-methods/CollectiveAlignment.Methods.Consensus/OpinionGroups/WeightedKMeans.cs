namespace CollectiveAlignment.Methods.Consensus.OpinionGroups;

/// <summary>
/// Lloyd's k-means on 2-D points with optional weights, seeded as Polis seeds it (<c>clusters.clj</c>): the initial centres
/// are the first k distinct points in the given order. Empty clusters are dropped, as Polis drops them.
/// </summary>
/// <remarks>
/// Convergence: every centre moved less than the tolerance (Polis compares the sorted centres with the same 0.01).
/// Ties in the nearest-centre search go to the lower centre index. The assignment step uses Hamerly's bounds
/// (Hamerly 2010, "Making k-means even faster", SDM), which skip points that provably keep their centre: the same
/// partition as plain Lloyd iterations at a fraction of the distance computations.
/// </remarks>
internal static class WeightedKMeans
{
    public sealed record Result(double[] X, double[] Y, int[] Assignment, double[] Weight);

    public static Result Run(double[] xs, double[] ys, double[]? weights, int k, int maxIterations, double tolerance)
    {
        var n = xs.Length;
        var cx = new List<double>(k);
        var cy = new List<double>(k);
        var seen = new HashSet<(double, double)>();
        for (var i = 0; i < n && cx.Count < k; i++)
        {
            if (seen.Add((xs[i], ys[i])))
            {
                cx.Add(xs[i]);
                cy.Add(ys[i]);
            }
        }

        if (cx.Count == 0)
        {
            return new Result([], [], new int[n], []);
        }

        var state = new HamerlyBounds(n);
        var centresX = cx.ToArray();
        var centresY = cy.ToArray();
        state.Full(xs, ys, centresX, centresY);
        for (var iter = 0; iter < maxIterations; iter++)
        {
            var (nx, ny, nw) = Update(xs, ys, weights, state.Assignment, centresX.Length);
            if (nw.Any(w => w <= 0))
            {
                // Polis drops empty clusters; indices shift, so the bounds restart from a full pass.
                var keep = Enumerable.Range(0, nw.Length).Where(c => nw[c] > 0).ToArray();
                centresX = [.. keep.Select(c => nx[c])];
                centresY = [.. keep.Select(c => ny[c])];
                state.Full(xs, ys, centresX, centresY);
                continue;
            }

            var moves = new double[nx.Length];
            var shift = 0.0;
            for (var c = 0; c < nx.Length; c++)
            {
                moves[c] = Math.Sqrt(Sq(nx[c] - centresX[c]) + Sq(ny[c] - centresY[c]));
                shift = Math.Max(shift, moves[c]);
            }

            centresX = nx;
            centresY = ny;
            state.Bounded(xs, ys, centresX, centresY, moves);
            if (shift < tolerance)
            {
                break;
            }
        }

        // Members and centres agree at the end; drop any cluster the last assignment emptied and repeat.
        while (true)
        {
            var (fx, fy, fw) = Update(xs, ys, weights, state.Assignment, centresX.Length);
            if (fw.All(w => w > 0))
            {
                return new Result(fx, fy, state.Assignment, fw);
            }

            var keep = Enumerable.Range(0, fw.Length).Where(c => fw[c] > 0).ToArray();
            centresX = [.. keep.Select(c => fx[c])];
            centresY = [.. keep.Select(c => fy[c])];
            state.Full(xs, ys, centresX, centresY);
        }
    }

    private static double Sq(double x) => x * x;

    private static (double[] X, double[] Y, double[] W) Update(double[] xs, double[] ys, double[]? weights, int[] assignment, int k)
    {
        var sx = new double[k];
        var sy = new double[k];
        var sw = new double[k];
        for (var i = 0; i < xs.Length; i++)
        {
            var w = weights?[i] ?? 1.0;
            var c = assignment[i];
            sx[c] += w * xs[i];
            sy[c] += w * ys[i];
            sw[c] += w;
        }

        for (var c = 0; c < k; c++)
        {
            if (sw[c] > 0)
            {
                sx[c] /= sw[c];
                sy[c] /= sw[c];
            }
        }

        return (sx, sy, sw);
    }

    /// <summary>
    /// Mean silhouette of a clustering of points (unweighted, Polis computes it on the base-centre distance matrix);
    /// a point alone in its cluster scores 0 (Rousseeuw 1987's convention, which Polis follows).
    /// </summary>
    public static double Silhouette(double[] xs, double[] ys, int[] assignment, int k)
    {
        var n = xs.Length;
        if (n == 0 || k < 2)
        {
            return 0.0;
        }

        var size = new int[k];
        foreach (var a in assignment)
        {
            size[a]++;
        }

        var total = 0.0;
        var sums = new double[k];
        for (var i = 0; i < n; i++)
        {
            var own = assignment[i];
            if (size[own] <= 1)
            {
                continue;
            }

            Array.Clear(sums);
            for (var j = 0; j < n; j++)
            {
                if (j != i)
                {
                    var dx = xs[i] - xs[j];
                    var dy = ys[i] - ys[j];
                    sums[assignment[j]] += Math.Sqrt((dx * dx) + (dy * dy));
                }
            }

            var a = sums[own] / (size[own] - 1);
            var b = double.PositiveInfinity;
            for (var c = 0; c < k; c++)
            {
                if (c != own && size[c] > 0)
                {
                    b = Math.Min(b, sums[c] / size[c]);
                }
            }

            var denominator = Math.Max(a, b);
            total += denominator > 0 ? (b - a) / denominator : 0.0;
        }

        return total / n;
    }
}
