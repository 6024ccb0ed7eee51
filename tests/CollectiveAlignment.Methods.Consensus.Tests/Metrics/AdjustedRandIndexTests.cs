using CollectiveAlignment.Methods.Consensus.Metrics;

namespace CollectiveAlignment.Methods.Consensus.Tests.Metrics;

public sealed class AdjustedRandIndexTests
{
    [Fact]
    public void Compute_RelabelledPartition_IsOne()
    {
        AdjustedRandIndex.Compute([0, 0, 1, 1, 2], [5, 5, 3, 3, 9]).ShouldBe(1.0);
    }

    [Fact]
    public void Compute_HubertArabieStyleHandExample_MatchesFormula()
    {
        // a = [0,0,0,1,1,1], b = [0,0,1,1,2,2]: contingency pairs Σ C(n_ij,2) = 1+0+0+1 = 2; rows Σ C(3,2)·2 = 6;
        // columns Σ C(2,2)·3 = 3; expected = 6·3/15 = 1.2; max = 4.5; ARI = (2 − 1.2)/(4.5 − 1.2) = 0.2424...
        AdjustedRandIndex.Compute([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]).ShouldBe(0.8 / 3.3, 1e-12);
    }
}
