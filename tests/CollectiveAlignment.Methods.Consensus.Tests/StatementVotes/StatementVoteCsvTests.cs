using CollectiveAlignment.Methods.Consensus.Polis;
using CollectiveAlignment.Methods.Consensus.StatementVotes;
using StatementVote = CollectiveAlignment.Methods.Consensus.StatementVotes.StatementVote;

namespace CollectiveAlignment.Methods.Consensus.Tests.StatementVotes;

public sealed class StatementVoteCsvTests
{
    [Fact]
    public void Read_WordsAndNumbers_LaterRowWins()
    {
        var m = StatementVoteCsv.Read(new StringReader("participant,statement,vote\na,s1,agree\na,s2,-1\nb,s1,PASS\na,s1,disagree\n"));
        m.ParticipantIds.ShouldBe(["a", "b"]);
        m.Get(0, 0).ShouldBe(StatementVote.Disagree);
        m.Get(0, 1).ShouldBe(StatementVote.Disagree);
        m.Get(1, 0).ShouldBe(StatementVote.Pass);
        m.Get(1, 1).ShouldBeNull();
    }

    [Fact]
    public void Read_BadVote_NamesFileAndLine()
    {
        Should.Throw<PolisFormatException>(() => StatementVoteCsv.Read(new StringReader("participant,statement,vote\na,s1,maybe\n"), "mine.csv"))
            .Message.ShouldStartWith("mine.csv, line 2: vote 'maybe'");
    }

    [Fact]
    public void FromTriples_DuplicateVotes_KeepsLatestInInputOrder()
    {
        var m = StatementVoteMatrix.FromTriples(["p"], ["s0", "s1"], [0, 0, 0], [1, 0, 1], [StatementVote.Agree, StatementVote.Pass, StatementVote.Disagree]);
        m.VoteCount.ShouldBe(2);
        m.Get(0, 1).ShouldBe(StatementVote.Disagree);
        m.ParticipantsOf(1).ToArray().ShouldBe([0]);
        m.VotesOn(1).ToArray().ShouldBe([StatementVote.Disagree]);
    }
}
