namespace CollectiveAlignment.Methods.Cardinal.Tests;

public sealed class GoldenCanonicalJsonTests
{
    [Fact]
    public void EveryMethod_OnTheGoldenCorpus_GivesTheRecordedCanonicalJson() => GoldenManifest.ShouldMatch(CardinalCatalog.Registry, "cardinal");
}
