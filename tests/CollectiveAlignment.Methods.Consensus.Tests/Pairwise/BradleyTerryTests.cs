using CollectiveAlignment.Methods.Consensus.Pairwise;

namespace CollectiveAlignment.Methods.Consensus.Tests.Pairwise;

public sealed class BradleyTerryTests
{
    private static PairwiseCounts Counts(int items, params (int Winner, int Loser)[] comparisons) =>
        PairwiseCounts.FromComparisons(items, comparisons.Select(c => c.Winner).ToArray(), comparisons.Select(c => c.Loser).ToArray());

    [Fact]
    public void Fit_TwoItemsThreeToOne_MatchesClosedForm()
    {
        // With two items the MLE is the win ratio: p_A/p_B = 3 (Bradley & Terry 1952). Fisher information of θ_A − θ_B is
        // N·π(1−π) = 4·¾·¼ = ¾, so Var(θ_A − θ_B) = 4/3 and, with θ_A = −θ_B, Var(θ_A) = 1/3: se = 0.57735.
        var result = BradleyTerry.Fit(Counts(2, (0, 1), (0, 1), (0, 1), (1, 0)));

        result.LogStrengths[0].ShouldBe(Math.Log(3) / 2, 1e-9);
        result.LogStrengths[1].ShouldBe(-Math.Log(3) / 2, 1e-9);
        result.StandardErrors[0].ShouldBe(Math.Sqrt(1.0 / 3), 1e-9);
        result.LowerBounds[0].ShouldBe((Math.Log(3) / 2) - (1.959963984540054 * Math.Sqrt(1.0 / 3)), 1e-9);
        result.ChanceToBeatRandomOther[0].ShouldBe(0.75, 1e-9);
        result.Ranking.ShouldBe([0, 1]);
    }

    [Fact]
    public void Fit_PerfectCycle_GivesEqualStrengths()
    {
        var result = BradleyTerry.Fit(Counts(3, (0, 1), (1, 2), (2, 0)));
        result.LogStrengths.ShouldAllBe(t => Math.Abs(t) < 1e-9);
        result.ChanceToBeatRandomOther.ShouldAllBe(c => Math.Abs(c - 0.5) < 1e-9);
    }

    [Fact]
    public void Fit_ThreeItems_ScoreEquationsHold()
    {
        // At the MLE, every item's expected wins equal its observed wins (Hunter 2004, eq. 3).
        var counts = Counts(3, (0, 1), (0, 1), (1, 0), (1, 2), (1, 2), (2, 1), (0, 2), (2, 0), (0, 2));
        var result = BradleyTerry.Fit(counts);
        for (var i = 0; i < 3; i++)
        {
            var expected = 0.0;
            for (var j = 0; j < 3; j++)
            {
                if (j != i)
                {
                    var nij = counts.Wins(i, j) + counts.Wins(j, i);
                    expected += nij * result.Strengths[i] / (result.Strengths[i] + result.Strengths[j]);
                }
            }

            expected.ShouldBe(counts.TotalWins(i), 1e-8);
        }

        result.LogStrengths.Sum().ShouldBe(0.0, 1e-12);
    }

    [Fact]
    public void Fit_ItemThatNeverLoses_ThrowsUnlessPrior()
    {
        var counts = Counts(2, (0, 1), (0, 1));
        Should.Throw<ArgumentException>(() => BradleyTerry.Fit(counts)).Message.ShouldContain("PriorWins");
        var withPrior = BradleyTerry.Fit(counts, new BradleyTerryOptions { PriorWins = 0.5 });
        // With 0.5 pseudo-wins each way the ratio is 2.5 / 0.5 = 5.
        (withPrior.LogStrengths[0] - withPrior.LogStrengths[1]).ShouldBe(Math.Log(5), 1e-9);
    }

    [Fact]
    public void FromComparisons_SelfComparison_Throws()
    {
        Should.Throw<ArgumentException>(() => PairwiseCounts.FromComparisons(2, [1], [1]));
    }

    [Fact]
    public void Scores_AllOurIdeas_SmoothsWinShare()
    {
        // 100·(w+1)/(w+l+2): 3 wins 1 loss → 100·4/6; 1 win 3 losses → 100·2/6; never compared → 50.
        var scores = AllOurIdeas.Scores(Counts(3, (0, 1), (0, 1), (0, 1), (1, 0)));
        scores[0].ShouldBe(400.0 / 6, 1e-9);
        scores[1].ShouldBe(200.0 / 6, 1e-9);
        scores[2].ShouldBe(50.0);
    }

    [Fact]
    public void Fit_RelabelledItems_PermutesStrengths()
    {
        // Neutrality, checked on seeded random data (seed printed in the name): relabelling items permutes the estimates.
        const int seed = 20240501;
        var rng = new Random(seed);
        var winners = new List<int>();
        var losers = new List<int>();
        for (var k = 0; k < 400; k++)
        {
            var a = rng.Next(6);
            var b = (a + 1 + rng.Next(5)) % 6;
            winners.Add(a);
            losers.Add(b);
        }

        int[] perm = [3, 5, 0, 1, 4, 2];
        var original = BradleyTerry.Fit(PairwiseCounts.FromComparisons(6, [.. winners], [.. losers]));
        var relabelled = BradleyTerry.Fit(PairwiseCounts.FromComparisons(6, [.. winners.Select(w => perm[w])], [.. losers.Select(l => perm[l])]));
        for (var i = 0; i < 6; i++)
        {
            relabelled.LogStrengths[perm[i]].ShouldBe(original.LogStrengths[i], 1e-9);
            relabelled.StandardErrors[perm[i]].ShouldBe(original.StandardErrors[i], 1e-9);
        }
    }
}
