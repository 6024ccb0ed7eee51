using CollectiveAlignment.Methods.Consensus.Metrics;
using CollectiveAlignment.Methods.Consensus.OpinionGroups;
using CollectiveAlignment.Methods.Consensus.StatementVotes;
using StatementVote = CollectiveAlignment.Methods.Consensus.StatementVotes.StatementVote;

namespace CollectiveAlignment.Methods.Consensus.Tests.OpinionGroups;

public sealed class OpinionGroupAnalysisTests(ITestOutputHelper output)
{
    /// <summary>
    /// Planted structure: camp A agrees with statements 0..9 and disagrees with 10..19, camp B the opposite (each vote flipped
    /// to a pass with probability 0.1, statements skipped with probability 0.3); statement 20 everyone agrees with.
    /// </summary>
    private static (StatementVoteMatrix Matrix, int[] Camp) Planted(int seed, int participants = 120, bool shuffle = false)
    {
        var rng = new Random(seed);
        var camp = new int[participants];
        var p = new List<int>();
        var s = new List<int>();
        var v = new List<StatementVote>();
        for (var u = 0; u < participants; u++)
        {
            camp[u] = rng.Next(3) == 0 ? 1 : 0;
            for (var j = 0; j < 21; j++)
            {
                if (rng.NextDouble() < 0.3)
                {
                    continue;
                }

                var agree = j == 20 || ((j < 10) == (camp[u] == 0));
                var vote = rng.NextDouble() < 0.1 ? StatementVote.Pass : agree ? StatementVote.Agree : StatementVote.Disagree;
                p.Add(u);
                s.Add(j);
                v.Add(vote);
            }
        }

        var ids = Enumerable.Range(0, participants).Select(u => $"p{u}").ToArray();
        var statements = Enumerable.Range(0, 21).Select(j => $"s{j}").ToArray();
        if (!shuffle)
        {
            return (StatementVoteMatrix.FromTriples(ids, statements, [.. p], [.. s], [.. v]), camp);
        }

        // Same votes, rows listed in a different order: participant index k now holds original participant perm[k].
        var perm = Enumerable.Range(0, participants).OrderBy(_ => rng.Next()).ToArray();
        var inverse = new int[participants];
        for (var k = 0; k < participants; k++)
        {
            inverse[perm[k]] = k;
        }

        return (StatementVoteMatrix.FromTriples([.. perm.Select(o => ids[o])], statements, [.. p.Select(u => inverse[u])], [.. s], [.. v]), [.. perm.Select(o => camp[o])]);
    }

    [Fact]
    public void Analyze_PlantedTwoCamps_RecoversCampsAndStatements()
    {
        var (m, camp) = Planted(1);
        var result = OpinionGroupAnalysis.Analyze(m);

        result.GroupCount.ShouldBe(2);
        AdjustedRandIndex.Compute(result.GroupOf, camp).ShouldBe(1.0);
        // Group 0 is the larger camp (A, two thirds): it is represented by agreeing with 0..9 or disagreeing with 10..19.
        result.RepresentativeStatements[0].ShouldNotBeEmpty();
        result.RepresentativeStatements[0].ShouldAllBe(r =>
            (r.Direction == RepnessDirection.Agree && r.Statement < 10) || (r.Direction == RepnessDirection.Disagree && r.Statement >= 10 && r.Statement < 20));
        result.RepresentativeStatements[0][0].IsBestAgree.ShouldBeTrue();
        result.ConsensusRanking[0].ShouldBe(20);
        result.ConsensusAgree[0].StatementId.ShouldBe("s20");
    }

    [Fact]
    public void Analyze_ShuffledParticipantOrder_GivesSameGroupsById()
    {
        // Anonymity: fixed seeds 1..8 (printed on failure); participant order cannot change any participant's group.
        for (var seed = 1; seed <= 8; seed++)
        {
            var (a, _) = Planted(seed);
            var (b, _) = Planted(seed, shuffle: true);
            var ra = OpinionGroupAnalysis.Analyze(a);
            var rb = OpinionGroupAnalysis.Analyze(b);
            var byId = Enumerable.Range(0, b.ParticipantCount).ToDictionary(k => b.ParticipantIds[k], k => rb.GroupOf[k]);
            for (var u = 0; u < a.ParticipantCount; u++)
            {
                byId[a.ParticipantIds[u]].ShouldBe(ra.GroupOf[u], $"seed {seed}, participant {a.ParticipantIds[u]}");
            }

            rb.GroupInformedConsensus.ShouldBe(ra.GroupInformedConsensus, $"seed {seed}");
        }
    }

    [Fact]
    public void Analyze_RunTwice_IsIdentical()
    {
        var (m, _) = Planted(3);
        var first = OpinionGroupAnalysis.Analyze(m);
        var second = OpinionGroupAnalysis.Analyze(m);
        second.GroupOf.ShouldBe(first.GroupOf);
        second.ParticipantPositions.ShouldBe(first.ParticipantPositions);
        second.Components[0].ShouldBe(first.Components[0]);
    }

    [Fact]
    public void Analyze_FewVoters_TopsUpInConversationToFifteen()
    {
        // 20 participants, 10 statements; nobody reaches 7 votes: the 15 most active are put in the conversation (Polis).
        var p = new List<int>();
        var s = new List<int>();
        var v = new List<StatementVote>();
        for (var u = 0; u < 20; u++)
        {
            for (var j = 0; j < 1 + (u % 6); j++)
            {
                p.Add(u);
                s.Add(j);
                v.Add(u % 2 == 0 ? StatementVote.Agree : StatementVote.Disagree);
            }
        }

        var m = StatementVoteMatrix.FromTriples([.. Enumerable.Range(0, 20).Select(u => $"{u}")], [.. Enumerable.Range(0, 10).Select(j => $"{j}")], [.. p], [.. s], [.. v]);
        var result = OpinionGroupAnalysis.Analyze(m);
        result.GroupOf.Count(g => g >= 0).ShouldBe(15);
        // Vote counts are 1..6 by u % 6; the 5 left out must be among those with the fewest votes.
        Enumerable.Range(0, 20).Where(u => result.GroupOf[u] < 0).ShouldAllBe(u => u % 6 <= 1);
    }

    [Fact]
    public void Analyze_GroupInformedConsensus_IsProductOfSmoothedGroupAgreement()
    {
        var (m, _) = Planted(5);
        var result = OpinionGroupAnalysis.Analyze(m);
        for (var j = 0; j < m.StatementCount; j++)
        {
            var product = 1.0;
            for (var g = 0; g < result.GroupCount; g++)
            {
                var st = result.GroupStatistics[g][j];
                product *= (st.Agrees + 1.0) / (st.Seen + 2.0);
            }

            result.GroupInformedConsensus[j].ShouldBe(product, 1e-15);
        }

        output.WriteLine($"GIC of s20 {result.GroupInformedConsensus[20]:F3}, of s0 {result.GroupInformedConsensus[0]:F3}");
    }

    [Fact]
    public void Analyze_InvalidOptions_Throws()
    {
        var (m, _) = Planted(1);
        Should.Throw<ArgumentOutOfRangeException>(() => OpinionGroupAnalysis.Analyze(m, new OpinionGroupOptions { FixedGroupCount = 0 }));
        Should.Throw<ArgumentOutOfRangeException>(() => OpinionGroupAnalysis.Analyze(m, new OpinionGroupOptions { BaseClusterCount = 0 }));
    }

    [Fact]
    public void Analyze_EmptyMatrix_ReturnsNoGroups()
    {
        var m = StatementVoteMatrix.FromTriples([], [], [], [], []);
        var result = OpinionGroupAnalysis.Analyze(m);
        result.GroupCount.ShouldBe(0);
        result.ConsensusRanking.ShouldBeEmpty();
    }

    [Fact]
    public void MinSegmentBridging_PlantedTwoCamps_CommonStatementBridgesPartisanOnesPolarise()
    {
        var (m, _) = Planted(2);
        var result = OpinionGroupAnalysis.Analyze(m);
        var scores = MinSegmentBridging.Compute(result);
        // Statement 20 is agreed by everyone (about 10% of votes are passes); statement 0 by one camp only.
        scores[20].Bridge.ShouldBeGreaterThan(0.7);
        scores[0].Bridge.ShouldBeLessThan(0.1);
        scores[0].Polarisation.ShouldBeGreaterThan(0.8);
        var best = Enumerable.Range(0, m.StatementCount).MaxBy(j => scores[j].Bridge);
        best.ShouldBe(20);
    }
}
