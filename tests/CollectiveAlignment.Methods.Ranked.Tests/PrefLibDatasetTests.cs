using CollectiveAlignment.Aggregation.Files;

namespace CollectiveAlignment.Methods.Ranked.Tests;

/// <summary>The real PrefLib elections (unlicensed, so read in place beside the repository, never copied: <see cref="RepoPaths.PrefLibFolderOrSkip"/>) load and aggregate with every ranked method.</summary>
public sealed class PrefLibDatasetTests
{
    [Theory]
    [InlineData("00004-00000006.soc", 3, 940)]
    [InlineData("00007-00000001.soi", 10, 380)]
    [InlineData("00028-00000006.toc", 5, 17956)]
    public void EveryMethod_RealElection_ReturnsWinnersDeterministically(string file, int candidates, long voters)
    {
        var profile = PrefLibFile.ReadRanked(Path.Combine(RepoPaths.PrefLibFolderOrSkip(), file));
        profile.Candidates.Count.ShouldBe(candidates);
        profile.VoterCount.ShouldBe(voters);
        foreach (var m in CatalogFixture.Registry.Methods)
        {
            var result = m.Aggregate(profile, MethodParameters.Empty, TestContext.Current.CancellationToken);
            result.Winners.ShouldNotBeEmpty(m.Id);
            var again = m.Aggregate(profile, MethodParameters.Empty, TestContext.Current.CancellationToken);
            CanonicalJson.Serialize(again, profile.Candidates, m.Id, m.Version, MethodParameters.Empty)
                .ShouldBe(CanonicalJson.Serialize(result, profile.Candidates, m.Id, m.Version, MethodParameters.Empty), m.Id);
        }
    }

    [Fact]
    public void CondorcetMethods_Ers1_AgreeOnTheCondorcetWinnerWhenThereIsOne()
    {
        var profile = PrefLibFile.ReadRanked(Path.Combine(RepoPaths.PrefLibFolderOrSkip(), "00007-00000001.soi"));
        if (profile.Matrix.CondorcetWinner() is not { } cw)
        {
            return;
        }

        foreach (var m in CatalogFixture.Registry.Satisfying(Axiom.CondorcetWinner))
        {
            m.Aggregate(profile, MethodParameters.Empty, TestContext.Current.CancellationToken).Winners.ShouldBe([cw], m.Id);
        }
    }
}
