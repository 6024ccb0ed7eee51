using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Files;
using CollectiveAlignment.Aggregation.IO;

namespace CollectiveAlignment.Aggregation.Tests.IO;

public sealed class PrefLibReaderTests
{
    private const string Header3 = """
        # FILE NAME: test.toi
        # NUMBER ALTERNATIVES: 3
        # ALTERNATIVE NAME 1: Alice
        # ALTERNATIVE NAME 2: Bob
        # ALTERNATIVE NAME 3: Carol

        """;

    private static BallotFormatException Fails(string text, string fileName = "test.toi") =>
        Should.Throw<BallotFormatException>(() => PrefLibReader.ReadRanked(new StringReader(text), fileName));

    [Fact]
    public void ReadRanked_TiesAndTruncation_BuildsCompressedProfile()
    {
        var profile = PrefLibReader.ReadRanked(new StringReader(Header3 + "3: 1,{2,3}\n2: 2\n1: 1,{3,2}\n"), "test.toi");
        profile.Candidates.ShouldBe(["Alice", "Bob", "Carol"]);
        profile.VoterCount.ShouldBe(6);
        profile.DistinctBallotCount.ShouldBe(2);
        var tied = profile.Ballots.Single(b => b.Count == 4).Ballot;
        tied.Tiers.Select(t => t.ToArray()).ShouldBe([[0], [1, 2]]);
        profile.Ballots.Single(b => b.Count == 2).Ballot.IsComplete.ShouldBeFalse();
    }

    [Fact]
    public void ReadRanked_AlternativeOutOfRange_NamesFileAndLine()
    {
        var ex = Fails(Header3 + "3: 1,2\n2: 1,4\n");
        ex.FileName.ShouldBe("test.toi");
        ex.Line.ShouldBe(7);
        ex.Message.ShouldBe("test.toi:7: alternative 4 is outside 1..3");
    }

    [Fact]
    public void ReadRanked_RepeatedAlternative_NamesLine()
    {
        var ex = Fails(Header3 + "3: 1,{2,1}\n");
        ex.Line.ShouldBe(6);
        ex.Problem.ShouldBe("alternative 1 appears twice");
    }

    [Theory]
    [InlineData("x: 1,2\n", "'x' is not a positive count")]
    [InlineData("0: 1,2\n", "'0' is not a positive count")]
    [InlineData("3 1,2\n", "a data line must read 'count: ranking'")]
    [InlineData("3: 1,{2,3\n", "a '{' is never closed")]
    [InlineData("3: 1,,2\n", "a missing alternative before ',' at column 3 of the ranking")]
    [InlineData("3: 1,2,\n", "the ranking ends with ','")]
    [InlineData("3: 1 2\n", "a missing ',' at column 3 of the ranking")]
    [InlineData("3: 1;2\n", "unexpected character ';' at column 2 of the ranking")]
    [InlineData("3: {}\n", "an empty tie group '{}'")]
    public void ReadRanked_MalformedDataLine_ReportsProblemAtLine6(string line, string problem)
    {
        var ex = Fails(Header3 + line);
        ex.Line.ShouldBe(6);
        ex.Problem.ShouldBe(problem);
    }

    [Fact]
    public void ReadRanked_SocWithIncompleteOrder_IsRejected()
    {
        Fails(Header3.Replace("test.toi", "x.soc", StringComparison.Ordinal) + "3: 1,2\n", "x.soc").Problem.ShouldBe("a soc file needs a strict order of every alternative");
    }

    [Fact]
    public void ReadRanked_SoiWithTie_IsRejected()
    {
        Fails(Header3 + "3: 1,{2,3}\n", "x.soi").Problem.ShouldBe("a soi file needs strict orders (no ties)");
    }

    [Fact]
    public void ReadRanked_DataTypeHeaderContradictsExtension_IsRejected()
    {
        var ex = Fails("# DATA TYPE: soc\n" + Header3 + "3: 1,2,3\n", "x.toc");
        ex.Line.ShouldBe(1);
        ex.Problem!.ShouldContain("does not match the file extension");
    }

    [Fact]
    public void ReadRanked_HeaderCountsDisagreeWithData_AreRejected()
    {
        Fails("# NUMBER VOTERS: 5\n" + Header3 + "3: 1,2,3\n").Problem.ShouldBe("NUMBER VOTERS is 5 but the counts sum to 3");
        Fails("# NUMBER UNIQUE ORDERS: 2\n" + Header3 + "3: 1,2,3\n").Problem.ShouldBe("NUMBER UNIQUE ORDERS is 2 but there are 1 data lines");
    }

    [Fact]
    public void ReadRanked_MissingAlternativeName_IsRejected()
    {
        var ex = Fails("# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: A\n1: 1,2\n");
        ex.Line.ShouldBeNull();
        ex.Problem.ShouldBe("missing '# ALTERNATIVE NAME 2:' header");
    }

    [Fact]
    public void ReadRanked_DataBeforeHeader_IsRejected()
    {
        Fails("1: 1,2\n").Problem.ShouldBe("data before the '# NUMBER ALTERNATIVES:' header");
    }

    [Fact]
    public void ReadCategorical_FirstCategoryIsApproved()
    {
        const string text = """
            # DATA TYPE: cat
            # NUMBER ALTERNATIVES: 3
            # NUMBER CATEGORIES: 2
            # CATEGORY NAME 1: Yes
            # CATEGORY NAME 2: No
            # ALTERNATIVE NAME 1: A
            # ALTERNATIVE NAME 2: B
            # ALTERNATIVE NAME 3: C
            2: {1,3},{2}
            1: {},{1,2,3}
            """;
        var profile = PrefLibReader.ReadCategorical(new StringReader(text), "x.cat");
        profile.VoterCount.ShouldBe(3);
        profile.Ballots.Single(b => b.Count == 2).Ballot.Approved.ShouldBe([0, 2]);
        profile.Ballots.Single(b => b.Count == 1).Ballot.Approved.ShouldBeEmpty();
    }

    [Fact]
    public void ReadCategorical_WrongNumberOfCategories_NamesLine()
    {
        const string text = "# NUMBER ALTERNATIVES: 2\n# NUMBER CATEGORIES: 2\n# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n1: {1,2}\n";
        var ex = Should.Throw<BallotFormatException>(() => PrefLibReader.ReadCategorical(new StringReader(text), "x.cat"));
        ex.Line.ShouldBe(5);
        ex.Problem.ShouldBe("expected 2 categories, found 1");
    }

    [Fact]
    public void ReadCategorical_CategoryCountAboveInt32_IsRefusedNotWrapped()
    {
        // 4294967298 = 2^32 + 2: an unchecked cast made it 2, and the file was accepted (issue 11).
        const string text = "# NUMBER ALTERNATIVES: 2\n# NUMBER CATEGORIES: 4294967298\n# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n1: {1,2},{}\n";
        var ex = Should.Throw<BallotFormatException>(() => PrefLibReader.ReadCategorical(new StringReader(text), "x.cat"));
        ex.Line.ShouldBe(2);
        ex.Problem.ShouldBe("NUMBER CATEGORIES 4294967298 is out of range");
    }

    [Fact]
    public void WriteThenRead_RankedProfile_RoundTrips()
    {
        var original = PrefLibReader.ReadRanked(new StringReader(Header3 + "3: 1,{2,3}\n2: 2\n1: 3,2,1\n"), "test.toi");
        using var writer = new StringWriter();
        PrefLibWriter.Write(writer, original, "round trip");
        writer.ToString().ShouldContain("# DATA TYPE: toi");
        var again = PrefLibReader.ReadRanked(new StringReader(writer.ToString()), "again.toi");
        again.Candidates.ShouldBe(original.Candidates);
        again.Ballots.ShouldBe(original.Ballots);
    }

    [Fact]
    public void Write_WeightedProfile_Throws()
    {
        var profile = new Aggregation.Profiles.RankedProfile(CandidateSet.Letters(2), [new Aggregation.Profiles.WeightedBallot<RankedBallot>(RankedBallot.FromOrder(2, 0, 1), 1, 0.5)]);
        Should.Throw<ArgumentException>(() => PrefLibWriter.Write(new StringWriter(), profile));
    }

    [Theory]
    [InlineData("00004-00000006.soc", 3, 940, 6)]
    [InlineData("00007-00000001.soi", 10, 380, 252)]
    [InlineData("00028-00000006.toc", 5, 17956, 202)]
    public void ReadRanked_RealPrefLibFiles_MatchTheirHeaders(string file, int alternatives, long voters, int uniqueOrders)
    {
        var profile = PrefLibFile.ReadRanked(Path.Combine(RepoPaths.PrefLibFolderOrSkip(), file));
        profile.Candidates.Count.ShouldBe(alternatives);
        profile.VoterCount.ShouldBe(voters);
        profile.DistinctBallotCount.ShouldBe(uniqueOrders);
        profile.TotalWeight.ShouldBe(voters);
    }
}
