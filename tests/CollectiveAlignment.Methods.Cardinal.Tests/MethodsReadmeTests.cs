namespace CollectiveAlignment.Methods.Cardinal.Tests;

/// <summary>aggregation-methods/README.md lists every registered method, so the catalog table cannot rot.</summary>
public sealed class MethodsReadmeTests
{
    [Fact]
    public void Readme_CatalogTable_ListsEveryRegisteredMethod() => CatalogReadme.ShouldListEveryMethod(CardinalCatalog.Registry);
}
