using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Files;
using CollectiveAlignment.Aggregation.IO;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Aggregation.Tests.IO;

public sealed class BallotFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("calign-io-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Save(string name, Action<TextWriter> write)
    {
        var path = Path.Combine(_dir, name);
        using (var w = new StreamWriter(path))
        {
            write(w);
        }

        return path;
    }

    [Fact]
    public void Read_EveryExtension_PicksTheMatchingReader()
    {
        var ranked = new RankedProfile(CandidateSet.Letters(3), [RankedBallot.FromOrder(3, 2, 0, 1), RankedBallot.FromOrder(3, 1)]);
        var approval = new ApprovalProfile(CandidateSet.Letters(3), [new ApprovalBallot(3, [0, 2]), new ApprovalBallot(3, [])]);
        var score = new ScoreProfile(CandidateSet.Letters(2), 0, 9, [new ScoreBallot([9, null])]);

        BallotFile.Read(Save("r.soi", w => PrefLibWriter.Write(w, ranked))).ShouldBeOfType<RankedProfile>().Ballots.ShouldBe(ranked.Ballots);
        BallotFile.Read(Save("a.cat", w => PrefLibWriter.Write(w, approval))).ShouldBeOfType<ApprovalProfile>().Ballots.ShouldBe(approval.Ballots);
        BallotFile.Read(Save("r.csv", w => CsvBallotWriter.Write(w, ranked))).ShouldBeOfType<RankedProfile>().Ballots.ShouldBe(ranked.Ballots);
        BallotFile.Read(Save("a.csv", w => CsvBallotWriter.Write(w, approval)), csvKind: BallotKind.Approval).ShouldBeOfType<ApprovalProfile>().Ballots.ShouldBe(approval.Ballots);
        BallotFile.Read(Save("s.csv", w => CsvBallotWriter.Write(w, score)), csvKind: BallotKind.Score, scoreMinimum: 0, scoreMaximum: 9)
            .ShouldBeOfType<ScoreProfile>().Ballots.ShouldBe(score.Ballots);

        var json = Path.Combine(_dir, "r.json");
        using (var stream = File.Create(json))
        {
            JsonBallotWriter.Write(stream, ranked);
        }

        var incomparable = BallotFile.Read(json, TruncationMode.Incomparable).ShouldBeOfType<RankedProfile>();
        incomparable.Truncation.ShouldBe(TruncationMode.Incomparable);
        incomparable.Ballots.ShouldBe(ranked.Ballots);
    }

    [Fact]
    public void PrefLibWriter_DataType_IsNarrowestThatFits()
    {
        PrefLibWriter.DataTypeOf(new RankedProfile(CandidateSet.Letters(2), [RankedBallot.FromOrder(2, 0, 1)])).ShouldBe("soc");
        PrefLibWriter.DataTypeOf(new RankedProfile(CandidateSet.Letters(2), [RankedBallot.FromOrder(2, 0)])).ShouldBe("soi");
        PrefLibWriter.DataTypeOf(new RankedProfile(CandidateSet.Letters(2), [RankedBallot.FromTiers(2, [[0, 1]])])).ShouldBe("toc");
        PrefLibWriter.DataTypeOf(new RankedProfile(CandidateSet.Letters(3), [RankedBallot.FromTiers(3, [[0, 1]])])).ShouldBe("toi");
    }
}
