using CollectiveAlignment.Aggregation.IO;

namespace CollectiveAlignment.Aggregation.Tests.IO;

public sealed class CsvBallotReaderTests
{
    [Fact]
    public void ReadRanked_WeightColumnTiesAndBlanks_BuildsProfile()
    {
        const string csv = """
            # ballots from the pilot
            weight,Alice,"Bob, Jr.",Carol
            1.5,1,2,2
            1,,1,
            """;
        var profile = CsvBallotReader.ReadRanked(new StringReader(csv), "b.csv");
        profile.Candidates.ShouldBe(["Alice", "Bob, Jr.", "Carol"]);
        profile.TotalWeight.ShouldBe(2.5);
        profile.Ballots.Single(b => b.Weight == 1.5).Ballot.Tiers.Select(t => t.ToArray()).ShouldBe([[0], [1, 2]]);
        profile.Ballots.Single(b => b.Weight == 1).Ballot.RankedCount.ShouldBe(1);
    }

    [Fact]
    public void ReadRanked_BadRank_NamesLineAndCandidate()
    {
        var ex = Should.Throw<BallotFormatException>(() => CsvBallotReader.ReadRanked(new StringReader("A,B\n1,2\n1,x\n"), "b.csv"));
        ex.Message.ShouldBe("b.csv:3: rank 'x' for B is not a positive integer");
    }

    [Fact]
    public void ReadRanked_WrongFieldCount_NamesLine()
    {
        Should.Throw<BallotFormatException>(() => CsvBallotReader.ReadRanked(new StringReader("A,B\n1\n"), "b.csv")).Line.ShouldBe(2);
    }

    [Fact]
    public void ReadApproval_OnesAndZeros_BuildsProfile()
    {
        var profile = CsvBallotReader.ReadApproval(new StringReader("A,B,C\n1,0,1\n0,1,\n"), "a.csv");
        profile.Ballots.Select(b => b.Ballot.Approved.ToArray()).ShouldBe([[0, 2], [1]], ignoreOrder: true);
        Should.Throw<BallotFormatException>(() => CsvBallotReader.ReadApproval(new StringReader("A\n2\n"), "a.csv")).Line.ShouldBe(2);
    }

    [Fact]
    public void ReadScore_OffScale_NamesLine()
    {
        var ex = Should.Throw<BallotFormatException>(() => CsvBallotReader.ReadScore(new StringReader("A,B\n5,0\n6,1\n"), "s.csv", 0, 5));
        ex.Line.ShouldBe(3);
        ex.Problem.ShouldBe("score '6' for A is not an integer in 0..5");
    }

    [Fact]
    public void WriteThenRead_Ranked_RoundTrips()
    {
        var original = CsvBallotReader.ReadRanked(new StringReader("weight,A,B,C\n2,1,2,\n1,3,1,2\n"), "b.csv");
        using var w = new StringWriter();
        CsvBallotWriter.Write(w, original);
        var again = CsvBallotReader.ReadRanked(new StringReader(w.ToString()), "again.csv");
        again.Ballots.ShouldBe(original.Ballots);
    }

    [Fact]
    public void Read_DuplicateCandidateInHeader_IsRejected()
    {
        Should.Throw<BallotFormatException>(() => CsvBallotReader.ReadRanked(new StringReader("A,A\n1,2\n"), "b.csv")).Line.ShouldBe(1);
    }
}
