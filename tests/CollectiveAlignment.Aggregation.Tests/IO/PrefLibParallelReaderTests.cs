using System.Globalization;
using System.Text;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Files;
using CollectiveAlignment.Aggregation.IO;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Aggregation.Tests.IO;

/// <summary>The parallel path of <see cref="PrefLibReader"/>, forced onto small files: it must read exactly what the serial path reads.</summary>
public sealed class PrefLibParallelReaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("calign-preflib-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>A toi file: header, then <paramref name="lines"/> data lines drawn from a small pool (so parts share ballots).</summary>
    private static List<string> Lines(int lines, int seed)
    {
        var rng = new Random(seed);
        var result = new List<string>
        {
            "# FILE NAME: x.toi",
            "# DATA TYPE: toi",
            "# NUMBER ALTERNATIVES: 5",
        };
        result.AddRange(Enumerable.Range(1, 5).Select(c => string.Create(CultureInfo.InvariantCulture, $"# ALTERNATIVE NAME {c}: Candidate {c}")));
        result.Add(string.Empty);
        var pool = new[] { "1,2,3,4,5", "2,{1,3},5", "{4,5},1", "3", "5,4,3,2,1", "1,{2,3,4,5}", "2,1" };
        for (var i = 0; i < lines; i++)
        {
            result.Add(i % 17 == 5 ? "   " : string.Create(CultureInfo.InvariantCulture, $"{rng.Next(1, 4)}: {pool[rng.Next(pool.Length)]}"));
        }

        return result;
    }

    private string Write(IEnumerable<string> lines, string newline = "\n", string name = "x.toi", bool bom = false)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, string.Join(newline, lines) + newline, new UTF8Encoding(bom));
        return path;
    }

    private static RankedProfile Serial(string path)
    {
        using var reader = new StreamReader(path);
        return PrefLibReader.ReadRanked(reader, Path.GetFileName(path));
    }

    private static RankedProfile Parallel(string path, int parts) => PrefLibReader.ReadRanked(new FileSource(path), Path.GetFileName(path), TruncationMode.UnrankedTiedAtBottom, parts, threshold: 0);

    private static void ShouldBeSame(RankedProfile actual, RankedProfile expected)
    {
        actual.Candidates.ShouldBe(expected.Candidates);
        actual.VoterCount.ShouldBe(expected.VoterCount);
        actual.TotalWeight.ShouldBe(expected.TotalWeight);
        actual.Ballots.ShouldBe(expected.Ballots);
        for (var i = 0; i < expected.Store.Count; i++)
        {
            actual.Store.RanksOf(i).SequenceEqual(expected.Store.RanksOf(i)).ShouldBeTrue();
        }
    }

    [Theory]
    [InlineData(2, "\n", false)]
    [InlineData(3, "\r\n", false)]
    [InlineData(4, "\r", false)]
    [InlineData(7, "\n", true)]
    public void Parallel_GivesTheSerialProfile(int parts, string newline, bool bom)
    {
        var path = Write(Lines(3000, parts), newline, bom: bom);
        ShouldBeSame(Parallel(path, parts), Serial(path));
    }

    [Fact]
    public void Parallel_MorePartsThanLines_GivesTheSerialProfile()
    {
        var path = Write(Lines(3, 1));
        ShouldBeSame(Parallel(path, 8), Serial(path));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void MalformedLine_InALaterPart_IsReportedWithItsLine(int parts)
    {
        var lines = Lines(2000, 3);
        var bad = (lines.Count * 3 / 4) + 1;
        lines[bad - 1] = "2: 1,,3";
        var path = Write(lines, "\r\n");
        var serial = Should.Throw<BallotFormatException>(() => Serial(path));
        var parallel = Should.Throw<BallotFormatException>(() => Parallel(path, parts));
        serial.Line.ShouldBe(bad);
        parallel.Line.ShouldBe(bad);
        parallel.Message.ShouldBe(serial.Message);
        parallel.Message.ShouldBe($"x.toi:{bad}: a missing alternative before ',' at column 3 of the ranking");
    }

    [Fact]
    public void TwoMalformedLines_InDifferentParts_TheFirstIsReported()
    {
        var lines = Lines(2000, 4);
        lines[1500] = "2: 9";
        lines[lines.Count - 10] = "x: 1";
        var path = Write(lines);
        Should.Throw<BallotFormatException>(() => Parallel(path, 2)).Message.ShouldBe(Should.Throw<BallotFormatException>(() => Serial(path)).Message);
        Should.Throw<BallotFormatException>(() => Parallel(path, 2)).Line.ShouldBe(1501);
    }

    [Fact]
    public void HeaderLine_AfterData_InALaterPart_IsReportedAsSerially()
    {
        var lines = Lines(2000, 5);
        lines[1800] = "# LATE: header";
        var path = Write(lines);
        var serial = Should.Throw<BallotFormatException>(() => Serial(path));
        Should.Throw<BallotFormatException>(() => Parallel(path, 3)).Message.ShouldBe(serial.Message);
        serial.Line.ShouldBe(1801);
    }

    [Fact]
    public void DataTypeViolation_FirstAppearingLineIsReported()
    {
        var lines = Lines(2000, 6).Select(l => l.Replace("toi", "soi", StringComparison.Ordinal)).ToList();
        var path = Write(lines, name: "x.soi");
        var serial = Should.Throw<BallotFormatException>(() => Serial(path));
        Should.Throw<BallotFormatException>(() => Parallel(path, 4)).Message.ShouldBe(serial.Message);
        serial.Problem.ShouldBe("a soi file needs strict orders (no ties)");
    }

    [Fact]
    public void HeaderCounts_AreCheckedAgainstAllParts()
    {
        var lines = Lines(2000, 8);
        lines.Insert(3, "# NUMBER VOTERS: 12");
        var path = Write(lines);
        var serial = Should.Throw<BallotFormatException>(() => Serial(path));
        Should.Throw<BallotFormatException>(() => Parallel(path, 3)).Message.ShouldBe(serial.Message);
        serial.Line.ShouldBe(4);
    }

    [Fact]
    public void NonAsciiText_InADataLine_IsReportedAtTheSameColumn()
    {
        var lines = Lines(2000, 9);
        lines[1700] = "1: 1,é,2";
        var path = Write(lines);
        var serial = Should.Throw<BallotFormatException>(() => Serial(path));
        Should.Throw<BallotFormatException>(() => Parallel(path, 2)).Message.ShouldBe(serial.Message);
        serial.Problem.ShouldBe("unexpected character 'é' at column 3 of the ranking");
    }

    [Fact]
    public void DataBeforeTheHeader_FallsBackToTheSerialError()
    {
        var path = Write(["1: 1", "# NUMBER ALTERNATIVES: 1", "# ALTERNATIVE NAME 1: A"]);
        Should.Throw<BallotFormatException>(() => Parallel(path, 2)).Message.ShouldBe(Should.Throw<BallotFormatException>(() => Serial(path)).Message);
    }

    [Fact]
    public void PublicReader_OnAFileAboveTheThreshold_GivesTheSerialProfile()
    {
        var lines = Lines(0, 10);
        var rng = new Random(10);
        var order = Enumerable.Range(1, 5).ToArray();
        var size = lines.Sum(l => l.Length + 1);
        while (size < PrefLibReader.ParallelThreshold + 1000)
        {
            rng.Shuffle(order);
            lines.Add("1: " + string.Join(",", order.Take(rng.Next(1, 6))));
            size += lines[^1].Length + 1;
        }

        var path = Write(lines);
        new FileInfo(path).Length.ShouldBeGreaterThanOrEqualTo(PrefLibReader.ParallelThreshold);
        ShouldBeSame(PrefLibFile.ReadRanked(path), Serial(path));
    }

    [Fact]
    public void Parallel_OverAnInMemorySource_ReadsWhatTheSerialReaderReads()
    {
        // The pure reader needs only random access, not a file: the Files project's FileSource is one ISeekableSource of many.
        var text = string.Join("\r\n", Lines(400, 7)) + "\r\n";
        var source = new BytesSource(Encoding.UTF8.GetBytes(text));
        var parallel = PrefLibReader.ReadRanked(source, "x.toi", TruncationMode.UnrankedTiedAtBottom, parts: 4, threshold: 0);
        ShouldBeSame(parallel, PrefLibReader.ReadRanked(new StringReader(text), "x.toi"));
    }

    private sealed class BytesSource(byte[] bytes) : ISeekableSource
    {
        public Stream OpenRead() => new MemoryStream(bytes, writable: false);
    }
}
