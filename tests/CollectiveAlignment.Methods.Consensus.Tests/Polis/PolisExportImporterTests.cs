using CollectiveAlignment.Methods.Consensus.Polis;
using StatementVote = CollectiveAlignment.Methods.Consensus.StatementVotes.StatementVote;

namespace CollectiveAlignment.Methods.Consensus.Tests.Polis;

public sealed class PolisExportImporterTests
{
    private const string Comments =
        "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n" +
        "1,x,0,5,1,0,1,\"Plain, with a comma\"\n" +
        "2,x,1,5,0,0,-1,Rejected\n" +
        "3,x,2,6,0,0,0,\"Two\nlines with \"\"quotes\"\"\"\n";

    private static PolisExport Import(string votes, string? participants = null) =>
        PolisExportImporter.Import(new StringReader(Comments), new StringReader(votes), participants is null ? null : new StringReader(participants));

    [Fact]
    public void Import_LaterVote_ReplacesEarlier()
    {
        var export = Import("timestamp,datetime,comment-id,voter-id,vote\n1,x,0,7,1\n2,x,0,7,-1\n3,x,2,7,0\n");
        var m = export.Votes;
        var p = m.ParticipantIds.ToList().IndexOf("7");
        m.Get(p, m.StatementIds.ToList().IndexOf("0")).ShouldBe(StatementVote.Disagree);
        m.Get(p, m.StatementIds.ToList().IndexOf("2")).ShouldBe(StatementVote.Pass);
        m.VoteCount.ShouldBe(2);
    }

    [Fact]
    public void Import_ModeratedOutComment_IsDroppedWithItsVotes()
    {
        var export = Import("timestamp,datetime,comment-id,voter-id,vote\n1,x,1,7,1\n2,x,0,7,1\n");
        export.Votes.StatementIds.ShouldBe(["0", "2"]);
        export.ModeratedOutIds.ShouldBe(["1"]);
        export.Votes.VoteCount.ShouldBe(1);
    }

    [Fact]
    public void Import_QuotedBodies_AreParsedWithCommasQuotesAndNewlines()
    {
        var export = Import("timestamp,datetime,comment-id,voter-id,vote\n");
        export.Comments.Single(c => c.Id == "0").Body.ShouldBe("Plain, with a comma");
        export.Comments.Single(c => c.Id == "2").Body.ShouldBe("Two\nlines with \"quotes\"");
    }

    [Fact]
    public void Import_ParticipantsVotes_ReadsGroupIdsAndSkipsBlank()
    {
        var export = Import(
            "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,7,1\n",
            "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,2\n7,1,0,1,1,0,1,\n8,,0,0,0,0,,\n");
        export.PolisGroups.ShouldBe(new Dictionary<string, int> { ["7"] = 1 });
    }

    [Theory]
    [InlineData("timestamp,datetime,comment-id,voter-id,vote\n1,x,0,7,1\n2,x,0,7,2\n", "votes.csv, line 3: vote 2 is not")]
    [InlineData("timestamp,datetime,comment-id,voter-id,vote\n1,x,0,7,yes\n", "votes.csv, line 2: vote 'yes' is not an integer")]
    [InlineData("timestamp,datetime,comment-id,voter-id,vote\n1,x,9,7,1\n", "votes.csv, line 2: comment-id '9' is not in comments.csv")]
    [InlineData("timestamp,datetime,comment-id,voter,vote\n", "votes.csv, line 1: header lacks the column 'voter-id'")]
    [InlineData("timestamp,datetime,comment-id,voter-id,vote\n1,x,0,7\n", "votes.csv, line 2: expected 5 fields, found 4")]
    [InlineData("", "votes.csv, line 1: the file is empty")]
    public void Import_MalformedVotes_ThrowsNamingFileAndLine(string votes, string expected)
    {
        Should.Throw<PolisFormatException>(() => Import(votes)).Message.ShouldStartWith(expected);
    }

    [Fact]
    public void Import_UnterminatedQuoteInComments_ThrowsNamingLine()
    {
        var comments = "comment-id,moderated,comment-body\n0,1,ok\n1,1,\"never closed\n";
        var ex = Should.Throw<PolisFormatException>(() =>
            PolisExportImporter.Import(new StringReader(comments), new StringReader("comment-id,voter-id,vote\n")));
        ex.FileName.ShouldBe("comments.csv");
        ex.Line.ShouldBe(3);
    }

    [Fact]
    public void Import_DuplicateCommentId_Throws()
    {
        var comments = "comment-id,moderated\n0,1\n0,1\n";
        Should.Throw<PolisFormatException>(() =>
            PolisExportImporter.Import(new StringReader(comments), new StringReader("comment-id,voter-id,vote\n")))
            .Message.ShouldBe("comments.csv, line 3: comment-id '0' appears twice");
    }
}
