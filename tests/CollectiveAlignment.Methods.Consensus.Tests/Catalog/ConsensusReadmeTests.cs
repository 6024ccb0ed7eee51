namespace CollectiveAlignment.Methods.Consensus.Tests.Catalog;

/// <summary>aggregation-methods/README.md lists every registered consensus and pairwise method, so its table cannot rot.</summary>
public sealed class ConsensusReadmeTests
{
    [Fact]
    public void Readme_CatalogTable_ListsEveryRegisteredMethod() => CatalogReadme.ShouldListEveryMethod(ConsensusCatalogFixture.Registry);
}
