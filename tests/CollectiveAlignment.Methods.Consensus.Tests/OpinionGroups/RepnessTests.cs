using CollectiveAlignment.Methods.Consensus.OpinionGroups;

namespace CollectiveAlignment.Methods.Consensus.Tests.OpinionGroups;

public sealed class RepnessTests
{
    [Fact]
    public void Stats_HandComputedCase_MatchesPolisFormulas()
    {
        // Group: 8 agree, 1 disagree, 10 seen; rest: 2 agree, 7 disagree, 10 seen. Formulas from Polis repness.clj/stats.clj
        // (docs/formulas/consensus.md §1), values computed independently in Python:
        //   pa = 9/12 = 0.75; pat = 2·√11·(9/11 − ½) = 2.1105794120443457; ra = 0.75 / (3/12) = 3;
        //   rat = twoProp(8, 2, 10, 10) = (9/11 − 3/11) / √(12/22 · 10/22 · 2/11) = 2.5690465157330262; rdt = −rat.
        var s = Repness.Stats(0, 8, 1, 10, 2, 7, 10);
        s.PAgree.ShouldBe(0.75, 1e-12);
        s.PAgreeTest.ShouldBe(2.1105794120443457, 1e-12);
        s.RepnessAgree.ShouldBe(3.0, 1e-12);
        s.RepnessAgreeTest.ShouldBe(2.5690465157330262, 1e-12);
        s.RepnessDisagreeTest.ShouldBe(-2.5690465157330253, 1e-12);
        s.PDisagree.ShouldBe(2.0 / 12, 1e-12);
    }

    [Fact]
    public void TwoPropTest_PooledProportionOne_IsZero()
    {
        // twoProp adds 1 to every argument, so the pooled proportion is 1 only when s = n + 1 on both sides: Polis returns 0.
        Repness.TwoPropTest(4, 4, 3, 3).ShouldBe(0.0);
    }

    [Fact]
    public void Select_SignificantAgreeAndDisagree_BestAgreeFirstThenAgreesThenDisagrees()
    {
        string[] ids = ["s0", "s1", "s2", "s3"];
        var stats = new[]
        {
            Repness.Stats(0, 1, 8, 10, 8, 1, 10), // the group disagrees, the rest agrees: a disagree statement
            Repness.Stats(1, 8, 1, 10, 2, 7, 10), // strong agree
            Repness.Stats(2, 5, 5, 10, 5, 5, 10), // no difference: not representative
            Repness.Stats(3, 9, 0, 10, 3, 6, 10), // strongest agree
        };
        var reps = Repness.Select(stats, ids, 1.2816, 5);
        reps.Select(r => r.Statement).ShouldBe([3, 1, 0]);
        reps[0].IsBestAgree.ShouldBeTrue();
        reps[2].Direction.ShouldBe(RepnessDirection.Disagree);
    }
}
