namespace CollectiveAlignment.Methods.Consensus.Tests.Catalog;

/// <summary>aggregation-methods/README.md lists every registered consensus and pairwise method, so its table cannot rot.</summary>
public sealed class ConsensusReadmeTests
{
    [Fact]
    public void Readme_CatalogTable_ListsEveryRegisteredMethod()
    {
        var readme = File.ReadAllText(RepoPaths.RepoFile("aggregation-methods", "README.md"));
        foreach (var m in ConsensusCatalogFixture.Registry.Methods)
        {
            readme.ShouldContain("| `" + m.Id + "` | " + m.Metadata.DisplayName + " |", customMessage: m.Id);
        }
    }
}
