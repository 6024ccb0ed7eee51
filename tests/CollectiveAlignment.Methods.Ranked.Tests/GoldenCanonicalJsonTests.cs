namespace CollectiveAlignment.Methods.Ranked.Tests;

public sealed class GoldenCanonicalJsonTests
{
    [Fact]
    public void EveryMethod_OnTheGoldenCorpus_GivesTheRecordedCanonicalJson() => GoldenManifest.ShouldMatch(CatalogFixture.Registry, "ranked");
}
