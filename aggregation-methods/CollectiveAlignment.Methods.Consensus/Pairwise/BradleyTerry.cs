using CollectiveAlignment.Methods.Consensus.Numerics;

namespace CollectiveAlignment.Methods.Consensus.Pairwise;

/// <summary>
/// Bradley–Terry maximum-likelihood strengths, P(i beats j) = p_i/(p_i+p_j), fitted by Newton's method on θ = log p with a
/// backtracking line search (the log-likelihood is concave in θ, so this converges from θ = 0), with confidence intervals
/// from the Fisher information.
/// </summary>
/// <remarks>
/// <para>Score g_i = W_i − Σ_j N_ij σ(θ_i−θ_j); Fisher information I_ii = Σ_j N_ij π_ij(1−π_ij), I_ij = −N_ij π_ij(1−π_ij).
/// I is singular along 1 (strengths are defined up to a common factor); we fix Σθ = 0 and use I⁺ = (I + 11ᵀ/n)⁻¹ − 11ᵀ/n, which is
/// both the Newton step's matrix and the covariance of θ̂ (Hunter 2004, "MM algorithms for generalized Bradley–Terry models",
/// Ann. Statist. 32(1); Bradley &amp; Terry 1952, Biometrika 39).</para>
/// <para>The estimate exists only if the "beat" graph is strongly connected (Hunter 2004, Assumption 1); otherwise the fit
/// throws unless <see cref="BradleyTerryOptions.PriorWins"/> is positive.</para>
/// </remarks>
public static class BradleyTerry
{
    /// <summary>Fits the model.</summary>
    /// <param name="counts">Win counts.</param>
    /// <param name="options">Parameters; <see langword="null"/> for defaults.</param>
    /// <returns>Strengths, intervals and the All Our Ideas chance-to-beat score.</returns>
    /// <exception cref="ArgumentException">The maximum-likelihood estimate does not exist and no prior was given.</exception>
    public static BradleyTerryResult Fit(PairwiseCounts counts, BradleyTerryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        options ??= new BradleyTerryOptions();
        var n = counts.ItemCount;
        var w = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                w[i, j] = i == j ? 0.0 : counts.Wins(i, j) + options.PriorWins;
            }
        }

        if (n > 1 && !StronglyConnected(w, n))
        {
            throw new ArgumentException(
                "The Bradley–Terry maximum-likelihood estimate does not exist: some item can never be reached from another by a chain of wins. Set PriorWins > 0.",
                nameof(counts));
        }

        var theta = new double[n];
        var iterations = 0;
        var ll = LogLikelihood(w, theta, n);
        while (iterations < options.MaxIterations && n > 1)
        {
            iterations++;
            var g = new double[n];
            var step = new DenseCholesky(Information(w, theta, n, g), n).Solve(g);
            var t = 1.0;
            double[] next;
            double nextLl;
            while (true)
            {
                next = new double[n];
                for (var i = 0; i < n; i++)
                {
                    next[i] = theta[i] + (t * step[i]);
                }

                nextLl = LogLikelihood(w, next, n);
                if (nextLl >= ll - 1e-12 * Math.Abs(ll) || t < 1e-8)
                {
                    break;
                }

                t /= 2;
            }

            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                change = Math.Max(change, Math.Abs(next[i] - theta[i]));
            }

            theta = next;
            ll = nextLl;
            if (change < options.Tolerance)
            {
                break;
            }
        }

        // Centre exactly (the steps keep Σθ = 0 only up to rounding).
        var mean = n == 0 ? 0.0 : theta.Average();
        for (var i = 0; i < n; i++)
        {
            theta[i] -= mean;
        }

        var se = new double[n];
        if (n > 1)
        {
            var inverseDiagonal = new DenseCholesky(Information(w, theta, n, new double[n]), n).InverseDiagonal();
            for (var i = 0; i < n; i++)
            {
                se[i] = Math.Sqrt(Math.Max(0.0, inverseDiagonal[i] - (1.0 / n)));
            }
        }

        var strengths = theta.Select(Math.Exp).ToArray();
        var chance = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                if (j != i)
                {
                    sum += Sigmoid(theta[i] - theta[j]);
                }
            }

            chance[i] = n > 1 ? sum / (n - 1) : 0.5;
        }

        return new BradleyTerryResult
        {
            LogStrengths = theta,
            Strengths = strengths,
            StandardErrors = se,
            LowerBounds = [.. theta.Select((x, i) => x - (options.ConfidenceZ * se[i]))],
            UpperBounds = [.. theta.Select((x, i) => x + (options.ConfidenceZ * se[i]))],
            ChanceToBeatRandomOther = chance,
            Ranking = [.. Enumerable.Range(0, n).OrderByDescending(i => theta[i]).ThenBy(i => i)],
            Iterations = iterations,
        };
    }

    /// <summary>I + 11ᵀ/n at θ (row-major); fills the score vector g.</summary>
    private static double[] Information(double[,] w, double[] theta, int n, double[] g)
    {
        var m = new double[n * n];
        Array.Fill(m, 1.0 / n);
        for (var i = 0; i < n; i++)
        {
            var gi = 0.0;
            var diag = 0.0;
            for (var j = 0; j < n; j++)
            {
                if (i == j)
                {
                    continue;
                }

                var nij = w[i, j] + w[j, i];
                if (nij == 0)
                {
                    continue;
                }

                var p = Sigmoid(theta[i] - theta[j]);
                gi += w[i, j] - (nij * p);
                var h = nij * p * (1 - p);
                diag += h;
                m[(i * n) + j] -= h;
            }

            g[i] = gi;
            m[(i * n) + i] += diag;
        }

        return m;
    }

    private static double LogLikelihood(double[,] w, double[] theta, int n)
    {
        var ll = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (w[i, j] > 0)
                {
                    // log σ(x) computed without overflow.
                    var x = theta[i] - theta[j];
                    ll += w[i, j] * (x >= 0 ? -Math.Log(1 + Math.Exp(-x)) : x - Math.Log(1 + Math.Exp(x)));
                }
            }
        }

        return ll;
    }

    private static double Sigmoid(double x) => x >= 0 ? 1.0 / (1.0 + Math.Exp(-x)) : Math.Exp(x) / (1.0 + Math.Exp(x));

    private static bool StronglyConnected(double[,] w, int n)
    {
        return Reaches(w, n, forward: true) && Reaches(w, n, forward: false);

        static bool Reaches(double[,] w, int n, bool forward)
        {
            var seen = new bool[n];
            var stack = new Stack<int>();
            stack.Push(0);
            seen[0] = true;
            var count = 1;
            while (stack.Count > 0)
            {
                var i = stack.Pop();
                for (var j = 0; j < n; j++)
                {
                    if (!seen[j] && (forward ? w[i, j] : w[j, i]) > 0)
                    {
                        seen[j] = true;
                        count++;
                        stack.Push(j);
                    }
                }
            }

            return count == n;
        }
    }
}
