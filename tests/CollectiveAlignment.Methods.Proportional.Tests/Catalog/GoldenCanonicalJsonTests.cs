namespace CollectiveAlignment.Methods.Proportional.Tests.Catalog;

public sealed class GoldenCanonicalJsonTests
{
    [Fact]
    public void EveryMethod_OnTheGoldenCorpus_GivesTheRecordedCanonicalJson() => GoldenManifest.ShouldMatch(ProportionalCatalogFixture.Registry, "proportional");
}
