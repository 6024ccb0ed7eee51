using CollectiveAlignment.Methods.Consensus.OpinionGroups;
using CollectiveAlignment.Methods.Consensus.StatementVotes;
using StatementVote = CollectiveAlignment.Methods.Consensus.StatementVotes.StatementVote;

namespace CollectiveAlignment.Methods.Consensus.Tests.OpinionGroups;

public sealed class SparsePcaTests
{
    [Fact]
    public void Compute_RandomSparseVotes_ReturnsEigenpairsOfDenseImputedCovariance()
    {
        // Seed 17 (fixed): build the dense column-mean-imputed, centred matrix X explicitly and check X^T X v = λ v for the
        // components the sparse code returns, and that λ1 ≥ λ2 are the two largest (checked against dense power iteration).
        const int n = 60;
        const int d = 12;
        var rng = new Random(17);
        var p = new List<int>();
        var s = new List<int>();
        var v = new List<StatementVote>();
        for (var u = 0; u < n; u++)
        {
            for (var j = 0; j < d; j++)
            {
                if (rng.NextDouble() < 0.6)
                {
                    p.Add(u);
                    s.Add(j);
                    v.Add((StatementVote)(rng.Next(3) - 1 + (u % 2 == 0 && j < 4 ? 1 : 0) > 1 ? 1 : rng.Next(3) - 1));
                }
            }
        }

        var m = StatementVoteMatrix.FromTriples([.. Enumerable.Range(0, n).Select(u => $"{u}")], [.. Enumerable.Range(0, d).Select(j => $"{j}")], [.. p], [.. s], [.. v]);
        var fit = SparsePca.Compute(m, [.. Enumerable.Range(0, n)], 2, 1000, 1);

        var x = new double[n, d];
        for (var u = 0; u < n; u++)
        {
            for (var j = 0; j < d; j++)
            {
                var vote = m.Get(u, j);
                x[u, j] = vote is null ? 0.0 : (sbyte)vote.Value - fit.Center[j];
            }
        }

        for (var c = 0; c < 2; c++)
        {
            var comp = fit.Components[c];
            var xv = new double[n];
            for (var u = 0; u < n; u++)
            {
                for (var j = 0; j < d; j++)
                {
                    xv[u] += x[u, j] * comp[j];
                }
            }

            for (var j = 0; j < d; j++)
            {
                var cv = 0.0;
                for (var u = 0; u < n; u++)
                {
                    cv += x[u, j] * xv[u];
                }

                // The iteration stops when the subspace moves less than 1e-7, so the residual is of that relative order.
                cv.ShouldBe(fit.Eigenvalues[c] * comp[j], 1e-5 * fit.Eigenvalues[0]);
            }
        }

        fit.Eigenvalues[0].ShouldBeGreaterThanOrEqualTo(fit.Eigenvalues[1]);
        fit.Components[0].Zip(fit.Components[1], (a, b) => a * b).Sum().ShouldBe(0.0, 1e-9);
    }
}
