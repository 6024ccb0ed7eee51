using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Methods.Consensus.Explanations;

namespace CollectiveAlignment.Methods.Consensus.Tests.Catalog;

public sealed class ConsensusMethodsTests
{
    // Statements A..H: camp 1 agrees with A-D and disagrees with E-G, camp 2 the opposite; everyone agrees with H.
    private static StatementVoteProfile TwoCamps(int seed)
    {
        var rng = new Random(seed);
        var ballots = new List<StatementVoteBallot>();
        for (var p = 0; p < 40; p++)
        {
            var camp = p % 2;
            var votes = new StatementVote?[8];
            for (var s = 0; s < 7; s++)
            {
                var agrees = (s < 4) == (camp == 0);
                // One vote in ten is a pass, so the camps are not perfectly uniform.
                votes[s] = rng.Next(10) == 0 ? StatementVote.Pass : agrees ? StatementVote.Agree : StatementVote.Disagree;
            }

            votes[7] = StatementVote.Agree;
            ballots.Add(new StatementVoteBallot(votes));
        }

        return new StatementVoteProfile(CandidateSet.Letters(8), ballots);
    }

    [Fact]
    public void OpinionGroups_TwoCamps_FindsTwoGroupsAndRanksTheSharedStatementFirst()
    {
        var profile = TwoCamps(seed: 7);
        var result = ConsensusCatalogContractTests.Run("opinion-groups", profile);
        result.Winners.ShouldBe([7]);
        var e = result.Explanation.ShouldBeOfType<OpinionGroupsExplanation>();
        e.Groups.Count.ShouldBe(2);
        e.Groups.Sum(g => g.Size).ShouldBe(40);
        e.Ballots.Count.ShouldBe(profile.DistinctBallotCount);
        e.Ballots.Sum(b => b.Count).ShouldBe(40);
        e.Consensus.Count.ShouldBe(8);
        e.Groups.ShouldAllBe(g => g.Representatives.Count > 0);

        // Ballots agreeing with A are in one group, those disagreeing with A in the other.
        var groupsAgreeingA = profile.Ballots.Select((b, i) => (b, i)).Where(x => x.b.Ballot.Votes[0] == StatementVote.Agree).Select(x => e.Ballots[x.i].Group).Distinct().ToList();
        var groupsDisagreeingA = profile.Ballots.Select((b, i) => (b, i)).Where(x => x.b.Ballot.Votes[0] == StatementVote.Disagree).Select(x => e.Ballots[x.i].Group).Distinct().ToList();
        groupsAgreeingA.Count.ShouldBe(1);
        groupsDisagreeingA.Count.ShouldBe(1);
        groupsAgreeingA[0].ShouldNotBe(groupsDisagreeingA[0]);
    }

    [Fact]
    public void OpinionGroups_CanonicalJson_CarriesGroupsBallotsAndConsensus()
    {
        var profile = TwoCamps(seed: 7);
        var json = CanonicalJson.SerializeToString(ConsensusCatalogContractTests.Run("opinion-groups", profile), profile.Candidates, "opinion-groups", 1, MethodParameters.Empty);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var e = doc.RootElement.GetProperty("explanation");
        e.GetProperty("type").GetString().ShouldBe("opinion-groups");
        e.GetProperty("groups").GetArrayLength().ShouldBe(2);
        e.GetProperty("groups")[0].GetProperty("representatives")[0].GetProperty("statement").GetString().ShouldNotBeNullOrEmpty();
        e.GetProperty("ballots")[0].TryGetProperty("x", out _).ShouldBeTrue();
        e.GetProperty("consensus").GetProperty("H").GetDouble().ShouldBeGreaterThan(e.GetProperty("consensus").GetProperty("A").GetDouble());
    }

    [Fact]
    public void OpinionGroups_GroupCountOne_PutsEveryoneInOneGroup()
    {
        var result = ConsensusCatalogContractTests.Run("opinion-groups", TwoCamps(seed: 3), MethodParameters.Empty.With("group-count", "1"));
        var e = result.Explanation.ShouldBeOfType<OpinionGroupsExplanation>();
        e.Groups.Count.ShouldBe(1);
        e.Ballots.ShouldAllBe(b => b.Group == 0);
    }

    [Fact]
    public void GroupInformedConsensus_TwoCamps_SharedStatementWinsAndDivisiveOnesScoreLow()
    {
        var result = ConsensusCatalogContractTests.Run("group-informed-consensus", TwoCamps(seed: 11));
        result.Winners.ShouldBe([7]);
        result.Scores!.Take(7).ShouldAllBe(s => s < result.Scores![7] / 2);
    }

    [Fact]
    public void Bridging_TwoCamps_SharedStatementHasTheHighestIntercept()
    {
        // Each participant votes on 8 statements, below Community Notes' 10-rating minimum, so the minimum is lowered.
        var parameters = MethodParameters.Empty.With("min-ratings-per-rater", "5");
        var result = ConsensusCatalogContractTests.Run("bridging", TwoCamps(seed: 5), parameters);
        result.Winners.ShouldBe([7]);
        var parts = result.Explanation.ShouldBeOfType<CompositeExplanation>().Parts;
        parts.Count.ShouldBe(2);
        parts[0].ShouldBeOfType<ScoreTallyExplanation>().ScoreName.ShouldBe("intercept");
    }

    [Fact]
    public void Bridging_TooFewVotesPerParticipant_EveryStatementTied()
    {
        // With the default minimum of 10 ratings per rater nobody qualifies, so no rating is left to separate the statements.
        var result = ConsensusCatalogContractTests.Run("bridging", TwoCamps(seed: 5));
        result.Winners.ShouldBe(Enumerable.Range(0, 8));
        result.Scores!.Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public void Bridging_PassVotes_AreSkipped()
    {
        // Adding pass votes on every statement by extra participants must not change the fit: passes are not ratings.
        var parameters = MethodParameters.Empty.With("min-ratings-per-rater", "5");
        var baseProfile = TwoCamps(seed: 9);
        var passes = new StatementVoteBallot(Enumerable.Repeat((StatementVote?)StatementVote.Pass, 8));
        var withPasses = new StatementVoteProfile(baseProfile.Candidates, baseProfile.Ballots.Append(new WeightedBallot<StatementVoteBallot>(passes, 5, 5)));
        ConsensusCatalogContractTests.Run("bridging", withPasses, parameters).Scores
            .ShouldBe(ConsensusCatalogContractTests.Run("bridging", baseProfile, parameters).Scores);
    }

    private static PairwiseProfile Chain(int abWins, int bcWins, int backWins)
    {
        var ballots = new List<WeightedBallot<PairwiseBallot>>
        {
            new(new PairwiseBallot(3, [new PairwiseComparison(0, 1, false)]), abWins, abWins),
            new(new PairwiseBallot(3, [new PairwiseComparison(1, 2, false)]), bcWins, bcWins),
        };
        if (backWins > 0)
        {
            ballots.Add(new(new PairwiseBallot(3, [new PairwiseComparison(2, 0, false)]), backWins, backWins));
        }

        return new PairwiseProfile(CandidateSet.Letters(3), ballots);
    }

    [Fact]
    public void BradleyTerry_ConsistentChain_RanksInChainOrder()
    {
        var result = ConsensusCatalogContractTests.Run("bradley-terry", Chain(8, 8, 1));
        result.Winners.ShouldBe([0]);
        result.Ranking!.Select(t => t.Single()).ShouldBe([0, 1, 2]);
    }

    [Fact]
    public void BradleyTerry_NoPriorAndNotStronglyConnected_Throws()
    {
        Should.Throw<ArgumentException>(() => ConsensusCatalogContractTests.Run("bradley-terry", Chain(8, 8, 0), MethodParameters.Empty.With("prior-wins", "0")));
    }

    [Fact]
    public void AllOurIdeas_Chain_ScoresAreSmoothedWinPercentages()
    {
        // A: 8 wins, 1 loss → 100·9/11; B: 8 wins, 8 losses → 50; C: 1 win, 8 losses → 100·2/11.
        var result = ConsensusCatalogContractTests.Run("all-our-ideas", Chain(8, 8, 1));
        result.Scores![0].ShouldBe(900.0 / 11, 1e-9);
        result.Scores[1].ShouldBe(50, 1e-9);
        result.Scores[2].ShouldBe(200.0 / 11, 1e-9);
        result.Winners.ShouldBe([0]);
    }

    [Fact]
    public void AllOurIdeas_TiedComparison_CountsForNeither()
    {
        var profile = new PairwiseProfile(CandidateSet.Letters(2), [new PairwiseBallot(2, [new PairwiseComparison(0, 1, true)])]);
        var result = ConsensusCatalogContractTests.Run("all-our-ideas", profile);
        result.Scores.ShouldBe([50.0, 50.0]);
        result.Winners.ShouldBe([0, 1]);
    }
}
