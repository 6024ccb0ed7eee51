namespace CollectiveAlignment.Methods.Consensus.Tests.Catalog;

public sealed class GoldenCanonicalJsonTests
{
    [Fact]
    public void EveryMethod_OnTheGoldenCorpus_GivesTheRecordedCanonicalJson() => GoldenManifest.ShouldMatch(ConsensusCatalogFixture.Registry, "consensus");
}
