using CollectiveAlignment.Randomness;
using CollectiveAlignment.Methods.Consensus.Numerics;

namespace CollectiveAlignment.Methods.Consensus.Bridging;

/// <summary>
/// Community Notes' core bridging model: r̂_un = μ + i_u + i_n + f_u·f_n with one factor, fitted by full-batch Adam on
/// mean squared error plus regularisers that are <b>means over parameters</b> (as the scorer code does, not sums as its
/// documentation writes). A note's intercept i_n is its support once viewpoint (the factor) is explained away.
/// </summary>
/// <remarks>
/// <para>Loss = mean_ratings((r − r̂)²) + λ_f·(mean f_u² + mean f_n²) + λ_i·(mean i_u² + mean i_n² + μ²), λ_f = 0.03,
/// λ_i = 0.15 (docs/formulas/consensus.md §3). Ratings: helpful 1, somewhat 0.5, not helpful 0 (any value in [0, 1] works).</para>
/// <para>Optimiser: Adam (β = 0.9, 0.999, ε = 1e-8), gradient-norm clipping at 1, stop when |Δloss| &lt; 1e-7 or when the loss
/// rises after epoch 100. Gradients are summed in fixed chunks, so results are identical on any core count.</para>
/// <para>Status: CRH when i_n ≥ 0.40 and |f_n| &lt; 0.5; CRNH when i_n &lt; −0.05 − 0.8·|f_n|; otherwise NMR.</para>
/// <para>Not implemented (stated, not hidden): the rater-helpfulness second phase, the net-helpful-ratings minimum, tag
/// outliers, pseudo-rater confidence bounds, the diamond penalty (λ_◊ = 0 by default anyway), status inertia and re-fits.
/// Exact parity with X's published statuses needs all of these and their data; this is the core model.</para>
/// <para>Citation: Wojcik et al. 2022, "Birdwatch: Crowd Wisdom and Bridging Algorithms can Inform Understanding and Reduce the
/// Spread of Misinformation", arXiv:2210.15723; Community Notes documentation "Note ranking algorithm".</para>
/// </remarks>
public static class BridgingMatrixFactorization
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;

    /// <summary>Fits the model and scores every note.</summary>
    /// <param name="raterCount">Number of raters (indices 0..raterCount−1).</param>
    /// <param name="noteCount">Number of notes (indices 0..noteCount−1).</param>
    /// <param name="raters">Rater index of each rating.</param>
    /// <param name="notes">Note index of each rating.</param>
    /// <param name="values">Rating values in [0, 1].</param>
    /// <param name="options">Parameters; <see langword="null"/> for Community Notes' defaults.</param>
    /// <returns>Parameters, statuses and the bridged ranking.</returns>
    public static BridgingResult Fit(
        int raterCount,
        int noteCount,
        ReadOnlySpan<int> raters,
        ReadOnlySpan<int> notes,
        ReadOnlySpan<double> values,
        BridgingOptions? options = null)
    {
        options ??= new BridgingOptions();
        if (raters.Length != notes.Length || raters.Length != values.Length)
        {
            throw new ArgumentException("raters, notes and values must have the same length.", nameof(values));
        }

        var raterRatings = new int[raterCount];
        var noteRatings = new int[noteCount];
        for (var i = 0; i < raters.Length; i++)
        {
            if ((uint)raters[i] >= (uint)raterCount || (uint)notes[i] >= (uint)noteCount)
            {
                throw new ArgumentException($"Rating {i}: rater or note index out of range.", nameof(raters));
            }

            if (!(values[i] >= 0.0 && values[i] <= 1.0))
            {
                throw new ArgumentException($"Rating {i}: value {values[i]} is not in [0, 1].", nameof(values));
            }

            raterRatings[raters[i]]++;
            noteRatings[notes[i]]++;
        }

        // Pre-filter once, not recursively (Community Notes).
        var raterSlot = Compact(raterRatings, options.MinRatingsPerRater, out var nU);
        var noteSlot = Compact(noteRatings, options.MinRatingsPerNote, out var nN);
        var kept = new List<(int U, int N, double R)>(raters.Length);
        for (var i = 0; i < raters.Length; i++)
        {
            if (raterSlot[raters[i]] >= 0 && noteSlot[notes[i]] >= 0)
            {
                kept.Add((raterSlot[raters[i]], noteSlot[notes[i]], values[i]));
            }
        }

        var ru = kept.Select(k => k.U).ToArray();
        var rn = kept.Select(k => k.N).ToArray();
        var rv = kept.Select(k => k.R).ToArray();
        var (parameters, epochs, loss) = Train(ru, rn, rv, nU, nN, options);

        // Layout: [μ, i_u(nU), f_u(nU), i_n(nN), f_n(nN)].
        var iu0 = 1;
        var fu0 = 1 + nU;
        var in0 = 1 + (2 * nU);
        var fn0 = 1 + (2 * nU) + nN;
        var sign = 1.0;
        var factorSum = 0.0;
        for (var u = 0; u < nU; u++)
        {
            factorSum += parameters[fu0 + u];
        }

        if (factorSum < 0)
        {
            sign = -1.0;
        }

        var raterIntercepts = new double[raterCount];
        var raterFactors = new double[raterCount];
        for (var u = 0; u < raterCount; u++)
        {
            var s = raterSlot[u];
            raterIntercepts[u] = s >= 0 ? parameters[iu0 + s] : double.NaN;
            raterFactors[u] = s >= 0 ? sign * parameters[fu0 + s] : double.NaN;
        }

        var noteIntercepts = new double[noteCount];
        var noteFactors = new double[noteCount];
        var statuses = new NoteStatus[noteCount];
        for (var n = 0; n < noteCount; n++)
        {
            var s = noteSlot[n];
            if (s < 0)
            {
                noteIntercepts[n] = double.NaN;
                noteFactors[n] = double.NaN;
                statuses[n] = NoteStatus.NeedsMoreRatings;
                continue;
            }

            var i = parameters[in0 + s];
            var f = sign * parameters[fn0 + s];
            noteIntercepts[n] = i;
            noteFactors[n] = f;
            statuses[n] =
                i >= options.HelpfulInterceptThreshold && Math.Abs(f) < options.HelpfulMaxFactor ? NoteStatus.CurrentlyRatedHelpful
                : i < options.NotHelpfulIntercept - (options.NotHelpfulFactorSlope * Math.Abs(f)) ? NoteStatus.CurrentlyRatedNotHelpful
                : NoteStatus.NeedsMoreRatings;
        }

        return new BridgingResult
        {
            GlobalIntercept = parameters[0],
            RaterIntercepts = raterIntercepts,
            RaterFactors = raterFactors,
            NoteIntercepts = noteIntercepts,
            NoteFactors = noteFactors,
            Statuses = statuses,
            Ranking = [.. Enumerable.Range(0, noteCount).Where(n => noteSlot[n] >= 0).OrderByDescending(n => noteIntercepts[n]).ThenBy(n => n)],
            Epochs = epochs,
            FinalLoss = loss,
        };
    }

    private static int[] Compact(int[] counts, int minimum, out int kept)
    {
        var slot = new int[counts.Length];
        kept = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            slot[i] = counts[i] >= minimum && counts[i] > 0 ? kept++ : -1;
        }

        return slot;
    }

    private static (double[] Parameters, int Epochs, double Loss) Train(int[] ru, int[] rn, double[] rv, int nU, int nN, BridgingOptions o)
    {
        var size = 1 + (2 * nU) + (2 * nN);
        var p = new double[size];
        var iu0 = 1;
        var fu0 = 1 + nU;
        var in0 = 1 + (2 * nU);
        var fn0 = 1 + (2 * nU) + nN;
        var rng = SeededRandom.FromSeed(o.Seed);
        for (var u = 0; u < nU; u++)
        {
            p[fu0 + u] = 0.1 * rng.NextGaussian();
        }

        for (var n = 0; n < nN; n++)
        {
            p[fn0 + n] = 0.1 * rng.NextGaussian();
        }

        var m = new double[size];
        var v = new double[size];
        var grad = new double[size];
        var chunkGrad = new double[FixedChunks.Count][];
        var chunkLoss = new double[FixedChunks.Count];
        for (var c = 0; c < FixedChunks.Count; c++)
        {
            chunkGrad[c] = new double[size];
        }

        var count = ru.Length;
        var previous = double.PositiveInfinity;
        var loss = double.NaN;
        var epoch = 0;
        var b1t = 1.0;
        var b2t = 1.0;
        while (epoch < o.MaxEpochs)
        {
            epoch++;
            Parallel.For(0, FixedChunks.Count, chunk =>
            {
                var g = chunkGrad[chunk];
                Array.Clear(g);
                var (start, end) = FixedChunks.Range(chunk, count);
                var l = 0.0;
                var mu = p[0];
                for (var k = start; k < end; k++)
                {
                    int u = ru[k], n = rn[k];
                    var fu = p[fu0 + u];
                    var fn = p[fn0 + n];
                    var e = mu + p[iu0 + u] + p[in0 + n] + (fu * fn) - rv[k];
                    l += e * e;
                    var e2 = 2 * e;
                    g[0] += e2;
                    g[iu0 + u] += e2;
                    g[in0 + n] += e2;
                    g[fu0 + u] += e2 * fn;
                    g[fn0 + n] += e2 * fu;
                }

                chunkLoss[chunk] = l;
            });

            Array.Clear(grad);
            var dataLoss = 0.0;
            for (var c = 0; c < FixedChunks.Count; c++)
            {
                dataLoss += chunkLoss[c];
                var g = chunkGrad[c];
                for (var i = 0; i < size; i++)
                {
                    grad[i] += g[i];
                }
            }

            var invN = count == 0 ? 0.0 : 1.0 / count;
            dataLoss *= invN;
            for (var i = 0; i < size; i++)
            {
                grad[i] *= invN;
            }

            // Regularisers: means over parameters (the scorer code), so λ does not scale with the number of raters or notes.
            var reg = o.InterceptRegularization * p[0] * p[0];
            grad[0] += 2 * o.InterceptRegularization * p[0];
            reg += Penalty(p, grad, iu0, nU, o.InterceptRegularization);
            reg += Penalty(p, grad, fu0, nU, o.FactorRegularization);
            reg += Penalty(p, grad, in0, nN, o.InterceptRegularization);
            reg += Penalty(p, grad, fn0, nN, o.FactorRegularization);
            loss = dataLoss + reg;

            if (Math.Abs(previous - loss) < o.ConvergenceTolerance || (epoch > 100 && loss > previous))
            {
                break;
            }

            previous = loss;
            var norm = 0.0;
            for (var i = 0; i < size; i++)
            {
                norm += grad[i] * grad[i];
            }

            norm = Math.Sqrt(norm);
            var clip = norm > o.GradientClipNorm ? o.GradientClipNorm / norm : 1.0;
            b1t *= Beta1;
            b2t *= Beta2;
            for (var i = 0; i < size; i++)
            {
                var g = grad[i] * clip;
                m[i] = (Beta1 * m[i]) + ((1 - Beta1) * g);
                v[i] = (Beta2 * v[i]) + ((1 - Beta2) * g * g);
                p[i] -= o.LearningRate * (m[i] / (1 - b1t)) / (Math.Sqrt(v[i] / (1 - b2t)) + Epsilon);
            }
        }

        return (p, epoch, loss);
    }

    private static double Penalty(double[] p, double[] grad, int start, int length, double lambda)
    {
        if (length == 0)
        {
            return 0.0;
        }

        var sum = 0.0;
        var scale = lambda / length;
        for (var i = start; i < start + length; i++)
        {
            sum += p[i] * p[i];
            grad[i] += 2 * scale * p[i];
        }

        return scale * sum;
    }
}
