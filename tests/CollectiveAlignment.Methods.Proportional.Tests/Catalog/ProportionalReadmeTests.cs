namespace CollectiveAlignment.Methods.Proportional.Tests.Catalog;

/// <summary>aggregation-methods/README.md lists every registered proportional method, so its table cannot rot.</summary>
public sealed class ProportionalReadmeTests
{
    [Fact]
    public void Readme_CatalogTable_ListsEveryRegisteredMethod() => CatalogReadme.ShouldListEveryMethod(ProportionalCatalogFixture.Registry);
}
