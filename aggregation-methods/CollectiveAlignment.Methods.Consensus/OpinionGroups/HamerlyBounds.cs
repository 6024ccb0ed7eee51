using CollectiveAlignment.Methods.Consensus.Numerics;

namespace CollectiveAlignment.Methods.Consensus.OpinionGroups;

/// <summary>
/// Per-point bounds of Hamerly's k-means (Hamerly 2010): an upper bound on the distance to the assigned centre and a lower
/// bound on the distance to every other centre. A point whose upper bound is below both its lower bound and half the
/// distance from its centre to the nearest other centre cannot change cluster, so its distances are not recomputed.
/// </summary>
internal sealed class HamerlyBounds(int n)
{
    private readonly double[] _upper = new double[n];
    private readonly double[] _lower = new double[n];

    public int[] Assignment { get; } = new int[n];

    /// <summary>Assigns every point by a full scan (nearest centre, ties to the lower index) and resets the bounds.</summary>
    public void Full(double[] xs, double[] ys, double[] cx, double[] cy)
    {
        var n = xs.Length;
        Parallel.For(0, FixedChunks.Count, chunk =>
        {
            var (start, end) = FixedChunks.Range(chunk, n);
            for (var i = start; i < end; i++)
            {
                Scan(i, xs, ys, cx, cy);
            }
        });
    }

    /// <summary>Updates the bounds for centres that moved by <paramref name="moves"/>, rescanning only points that may switch.</summary>
    public void Bounded(double[] xs, double[] ys, double[] cx, double[] cy, double[] moves)
    {
        var k = cx.Length;
        var maxMove = moves.Max();
        var half = new double[k];
        for (var c = 0; c < k; c++)
        {
            var nearest = double.PositiveInfinity;
            for (var o = 0; o < k; o++)
            {
                if (o != c)
                {
                    nearest = Math.Min(nearest, Math.Sqrt(((cx[c] - cx[o]) * (cx[c] - cx[o])) + ((cy[c] - cy[o]) * (cy[c] - cy[o]))));
                }
            }

            half[c] = nearest / 2;
        }

        var n = xs.Length;
        Parallel.For(0, FixedChunks.Count, chunk =>
        {
            var (start, end) = FixedChunks.Range(chunk, n);
            for (var i = start; i < end; i++)
            {
                var a = Assignment[i];
                _upper[i] += moves[a];
                _lower[i] -= maxMove;
                var z = Math.Max(_lower[i], half[a]);
                // Strict comparisons: an exact tie is always rescanned, so the lower-index rule decides it as in plain Lloyd.
                if (_upper[i] < z)
                {
                    continue;
                }

                _upper[i] = Math.Sqrt(((xs[i] - cx[a]) * (xs[i] - cx[a])) + ((ys[i] - cy[a]) * (ys[i] - cy[a])));
                if (_upper[i] < z)
                {
                    continue;
                }

                Scan(i, xs, ys, cx, cy);
            }
        });
    }

    private void Scan(int i, double[] xs, double[] ys, double[] cx, double[] cy)
    {
        var best = 0;
        var bestD = double.PositiveInfinity;
        var second = double.PositiveInfinity;
        for (var c = 0; c < cx.Length; c++)
        {
            var dd = ((xs[i] - cx[c]) * (xs[i] - cx[c])) + ((ys[i] - cy[c]) * (ys[i] - cy[c]));
            if (dd < bestD)
            {
                second = bestD;
                bestD = dd;
                best = c;
            }
            else if (dd < second)
            {
                second = dd;
            }
        }

        Assignment[i] = best;
        _upper[i] = Math.Sqrt(bestD);
        _lower[i] = Math.Sqrt(second);
    }
}
