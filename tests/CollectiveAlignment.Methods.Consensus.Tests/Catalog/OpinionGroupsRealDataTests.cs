using CollectiveAlignment.Aggregation.Files;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Methods.Consensus.Explanations;
using CollectiveAlignment.Methods.Consensus.Metrics;
using CollectiveAlignment.Methods.Consensus.Polis;
using EngineVote = CollectiveAlignment.Methods.Consensus.StatementVotes.StatementVote;
using SdkVote = CollectiveAlignment.Aggregation.Ballots.StatementVote;

namespace CollectiveAlignment.Methods.Consensus.Tests.Catalog;

/// <summary>
/// The <c>opinion-groups</c> adapter on real Polis conversations (CC BY 4.0, see tests/data/polis/SOURCE.md): the SDK profile
/// renumbers participants in canonical ballot order, which must not cost agreement with Polis's published groups.
/// </summary>
public sealed class OpinionGroupsRealDataTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("15-per-hour-seattle", 0.4)]
    [InlineData("brexit-consensus", 0.5)]
    [InlineData("canadian-electoral-reform", 0.8)]
    public void OpinionGroups_RealConversationThroughTheSdk_MatchesPolisGroups(string name, double minimumAri)
    {
        var export = PolisExportImporter.Import(DataFolder.Opener(Path.Combine(AppContext.BaseDirectory, "data", "polis", name)));
        var m = export.Votes;
        var ballots = Enumerable.Range(0, m.ParticipantCount).Select(p =>
        {
            var votes = new SdkVote?[m.StatementCount];
            var statements = m.StatementsOf(p);
            var values = m.VotesOf(p);
            for (var i = 0; i < statements.Length; i++)
            {
                votes[statements[i]] = values[i] switch
                {
                    EngineVote.Agree => SdkVote.Agree,
                    EngineVote.Disagree => SdkVote.Disagree,
                    _ => SdkVote.Pass,
                };
            }

            return new StatementVoteBallot(votes);
        }).ToList();
        var profile = new StatementVoteProfile(new CandidateSet(m.StatementIds), ballots);
        var index = profile.Ballots.Select((b, i) => (b.Ballot, i)).ToDictionary(x => x.Ballot, x => x.i);
        var result = ConsensusCatalogContractTests.Run("opinion-groups", profile);
        var e = result.Explanation.ShouldBeOfType<OpinionGroupsExplanation>();

        var ours = new List<int>();
        var theirs = new List<int>();
        for (var p = 0; p < m.ParticipantCount; p++)
        {
            var group = e.Ballots[index[ballots[p]]].Group;
            if (group >= 0 && export.PolisGroups.TryGetValue(m.ParticipantIds[p], out var g))
            {
                ours.Add(group);
                theirs.Add(g);
            }
        }

        var ari = AdjustedRandIndex.Compute(ours, theirs);
        output.WriteLine($"{name}: ARI {ari:F3} over {ours.Count} participants; groups {string.Join("/", e.Groups.Select(g => g.Size))}");
        ari.ShouldBeGreaterThan(minimumAri);
        result.Winners.Count.ShouldBeGreaterThan(0);
        e.Groups.Sum(g => g.Size).ShouldBe(e.Ballots.Where(b => b.Group >= 0).Sum(b => (int)b.Count));
    }
}
