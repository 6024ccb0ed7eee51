using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Methods.Cardinal.Explanations;

namespace CollectiveAlignment.Methods.Cardinal.Tests;

/// <summary>Hand-checked cases; each states its source or the arithmetic that checks it.</summary>
public sealed class LiteratureTests
{
    private static ScoreProfile Scores(int min, int max, params int?[][] ballots) =>
        new(CandidateSet.Letters(ballots[0].Length), min, max, ballots.Select(b => new ScoreBallot(b)));

    [Fact]
    public void Approval_CountsApprovals_TiedLeadersBothWin()
    {
        // Brams and Fishburn (1978): the approval winner is the most-approved candidate. A: 2, B: 2, C: 1.
        var profile = new ApprovalProfile(CandidateSet.Letters(3), [new ApprovalBallot(3, [0, 1]), new ApprovalBallot(3, [0, 2]), new ApprovalBallot(3, [1])]);
        var result = CardinalCatalog.Run("approval", profile);
        result.Winners.ShouldBe([0, 1]);
        result.Scores.ShouldBe([2, 2, 1]);
    }

    [Fact]
    public void Score_BlankParameter_MinimumVersusIgnore()
    {
        // A: 5 and blank; B: 3 and 3. Totals (blank = 0): A 5, B 6 → B. Averages of given scores: A 5, B 3 → A.
        var profile = Scores(0, 5, [5, 3], [null, 3]);
        CardinalCatalog.Run("score", profile).Winners.ShouldBe([1]);
        CardinalCatalog.Run("score", profile, MethodParameters.Empty.With("blank", "ignore")).Winners.ShouldBe([0]);
    }

    [Fact]
    public void Star_RunoffOverturnsScoreLeader()
    {
        // Totals A 10, B 11, C 5: finalists B and A. Runoff: voters 1 and 3 score A above B, voter 2 B above A → A wins 2–1.
        // The score-versus-runoff disagreement is the point of the automatic runoff (STAR Voting official rules, 2023).
        var profile = Scores(0, 5, [5, 4, 0], [0, 4, 5], [5, 3, 0]);
        var result = CardinalCatalog.Run("star", profile);
        result.Winners.ShouldBe([0]);
        CardinalCatalog.Run("score", profile).Winners.ShouldBe([1]);
        var rounds = ((EliminationRoundsExplanation)result.Explanation).Rounds;
        rounds[0].Eliminated.ShouldBe([2]);
        rounds[1].Tallies.ShouldBe([2, 1, null]);
    }

    [Fact]
    public void Star_RunoffTie_GoesToHigherTotal()
    {
        // Finalists A (total 9) and B (total 8) split the runoff 1–1; the official tie rule picks the higher total, A.
        var profile = Scores(0, 5, [5, 4, 0], [4, 4, 0], [0, 0, 5]);
        CardinalCatalog.Run("star", profile).Winners.ShouldBe([0]);
    }

    [Fact]
    public void MajorityJudgment_MedianThenGauge()
    {
        // Grades 0..5 by three judges. A: {5, 5, 0} median 5; B: {4, 4, 4} median 4; C: {5, 4, 4} median 4, gauge 4+ (1/3 above,
        // none below) beats B's 4 (nothing above or below). Ranking A, C, B (Balinski and Laraki 2011, gauge ordering).
        var profile = Scores(0, 5, [5, 4, 5], [5, 4, 4], [0, 4, 4]);
        var result = CardinalCatalog.Run("majority-judgment", profile);
        result.Ranking!.Select(t => t.Single()).ShouldBe([0, 2, 1]);
        var grades = ((MajorityGradesExplanation)result.Explanation).Grades;
        grades[0].Median.ShouldBe(5);
        grades[2].ShouldBe(new MajorityGrade(4, 1, 1.0 / 3));
    }

    [Fact]
    public void MajorityJudgment_EqualSharesAboveAndBelow_GaugeIsMinus()
    {
        // C: {0, 4, 5} has p = q = 1/3, so its gauge is 4− (Balinski and Laraki: α⁺ only when p > q); B: {4, 4, 4} is plain 4
        // and ranks above C, as removing the medians shows (C's next middle grade is 0).
        var profile = Scores(0, 5, [4, 0], [4, 4], [4, 5]);
        var result = CardinalCatalog.Run("majority-judgment", profile);
        result.Winners.ShouldBe([0]);
        ((MajorityGradesExplanation)result.Explanation).Grades[1].ShouldBe(new MajorityGrade(4, -1, 1.0 / 3));
    }

    [Fact]
    public void MajorityJudgment_LowerMedianOfEvenCount()
    {
        // Two judges grade A 1 and 3: the lower median is 1 (Balinski and Laraki's majority grade for even juries). B: 2 and 2.
        var profile = Scores(0, 5, [1, 2], [3, 2]);
        var result = CardinalCatalog.Run("majority-judgment", profile);
        ((MajorityGradesExplanation)result.Explanation).Grades[0].Median.ShouldBe(1);
        result.Winners.ShouldBe([1]);
    }

    [Fact]
    public void QuadraticVoting_SquareRootOfCredits()
    {
        // One voter puts 100 credits on A (10 votes); four voters put 9 on B (3 votes each, 12 in all): B wins
        // (Lalley and Weyl 2018: intensity counts, but only as the square root).
        var profile = Scores(0, 100, [100, 0], [0, 9], [0, 9], [0, 9], [0, 9]);
        var result = CardinalCatalog.Run("quadratic-voting", profile);
        result.Winners.ShouldBe([1]);
        result.Scores.ShouldBe([10, 12]);
    }

    [Fact]
    public void QuadraticVoting_OverBudget_ThrowsInsteadOfScaling()
    {
        var profile = Scores(-100, 100, [60, -50]);
        Should.Throw<ArgumentException>(() => CardinalCatalog.Run("quadratic-voting", profile)).Message.ShouldContain("over the budget of 100");
        CardinalCatalog.Run("quadratic-voting", profile, MethodParameters.Empty.With("budget", "110")).Winners.ShouldBe([0]);
    }
}
