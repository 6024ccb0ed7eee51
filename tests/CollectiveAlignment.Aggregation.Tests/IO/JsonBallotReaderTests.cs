using System.Text;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Files;
using CollectiveAlignment.Aggregation.IO;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Aggregation.Tests.IO;

public sealed class JsonBallotReaderTests
{
    [Fact]
    public void Read_Ranked_BuildsProfileWithCountsWeightsAndTruncation()
    {
        const string json = """
            {
              "kind": "ranked",
              "candidates": ["A", "B", "C"],
              "truncation": "incomparable",
              "ballots": [
                { "ranking": [["A"], ["B", "C"]], "count": 3 },
                { "ranking": [["C"]], "weight": 0.5 }
              ]
            }
            """;
        var profile = JsonBallotReader.ReadString(json, "b.json").ShouldBeOfType<RankedProfile>();
        profile.Truncation.ShouldBe(TruncationMode.Incomparable);
        profile.VoterCount.ShouldBe(4);
        profile.TotalWeight.ShouldBe(3.5);
    }

    [Fact]
    public void Read_UnknownCandidateInThirdBallot_NamesItsLine()
    {
        const string json = "{\n\"kind\": \"approval\",\n\"candidates\": [\"A\", \"B\"],\n\"ballots\": [\n{ \"approved\": [\"A\"] },\n{ \"approved\": [] },\n{ \"approved\": [\"Z\"] }\n]\n}";
        var ex = Should.Throw<BallotFormatException>(() => JsonBallotReader.ReadString(json, "a.json"));
        ex.Line.ShouldBe(7);
        ex.Problem.ShouldBe("unknown candidate \"Z\"");
    }

    [Fact]
    public void Read_SyntaxError_NamesLine()
    {
        var ex = Should.Throw<BallotFormatException>(() => JsonBallotReader.ReadString("{\n\"kind\": \"ranked\",\n\"candidates\": [\"A\" \"B\"]\n}", "x.json"));
        ex.Line.ShouldBe(3);
    }

    [Fact]
    public void Read_ScoreWithoutScale_IsRejected()
    {
        Should.Throw<BallotFormatException>(() => JsonBallotReader.ReadString("""{"kind":"score","candidates":["A"],"ballots":[]}""", "s.json"))
            .Problem!.ShouldContain("scale");
    }

    [Fact]
    public void WriteThenRead_Score_RoundTrips()
    {
        var original = new ScoreProfile(CandidateSet.Letters(3), 0, 5, [new ScoreBallot([5, null, 0]), new ScoreBallot([1, 2, 3]), new ScoreBallot([5, null, 0])]);
        using var stream = new MemoryStream();
        JsonBallotWriter.Write(stream, original);
        var again = JsonBallotReader.ReadString(Encoding.UTF8.GetString(stream.ToArray()), "s.json").ShouldBeOfType<ScoreProfile>();
        again.Ballots.ShouldBe(original.Ballots);
        again.Minimum.ShouldBe(0);
        again.Maximum.ShouldBe(5);
    }

    [Fact]
    public void WriteThenRead_Ranked_RoundTrips()
    {
        var original = new RankedProfile(CandidateSet.Letters(3), [RankedBallot.FromTiers(3, [[0], [1, 2]]), RankedBallot.FromOrder(3, 2)]);
        using var stream = new MemoryStream();
        JsonBallotWriter.Write(stream, original);
        var again = JsonBallotReader.ReadString(Encoding.UTF8.GetString(stream.ToArray()), "r.json").ShouldBeOfType<RankedProfile>();
        again.Ballots.ShouldBe(original.Ballots);
    }

    [Fact]
    public void WriteThenRead_StatementVotes_RoundTrips()
    {
        var original = new StatementVoteProfile(new CandidateSet(["S1", "S2"]),
            [new StatementVoteBallot([StatementVote.Agree, null]), new StatementVoteBallot([StatementVote.Pass, StatementVote.Disagree])]);
        using var stream = new MemoryStream();
        JsonBallotWriter.Write(stream, original);
        var again = JsonBallotReader.ReadString(Encoding.UTF8.GetString(stream.ToArray()), "v.json").ShouldBeOfType<StatementVoteProfile>();
        again.Ballots.ShouldBe(original.Ballots);
    }

    [Fact]
    public void WriteThenRead_Pairwise_RoundTripsAndFeedsTheMatrix()
    {
        var original = new PairwiseProfile(CandidateSet.Letters(3),
            [new PairwiseBallot(3, [new PairwiseComparison(0, 1, false), new PairwiseComparison(2, 0, true)]), new PairwiseBallot(3, [new PairwiseComparison(1, 0, false)])]);
        using var stream = new MemoryStream();
        JsonBallotWriter.Write(stream, original);
        var again = JsonBallotReader.ReadString(Encoding.UTF8.GetString(stream.ToArray()), "p.json").ShouldBeOfType<PairwiseProfile>();
        again.Ballots.ShouldBe(original.Ballots);
        again.Matrix.Support(0, 1).ShouldBe(1);
        again.Matrix.Support(1, 0).ShouldBe(1);
        again.Matrix.Support(0, 2).ShouldBe(0);
    }

    [Fact]
    public void Read_InvalidStatementVote_NamesLine()
    {
        const string json = "{\"kind\": \"statement-vote\", \"candidates\": [\"S1\"],\n\"ballots\": [\n{ \"votes\": { \"S1\": \"maybe\" } }\n]}";
        var ex = Should.Throw<BallotFormatException>(() => JsonBallotReader.ReadString(json, "v.json"));
        ex.Line.ShouldBe(3);
        ex.Problem.ShouldBe("vote \"maybe\" on 'S1' is not agree, disagree or pass");
    }

    [Fact]
    public void BallotFile_UnknownExtension_IsRejected()
    {
        Should.Throw<BallotFormatException>(() => BallotFile.Read("ballots.xlsx")).Problem!.ShouldContain("unknown ballot file extension");
    }
}
