namespace CollectiveAlignment.Methods.Proportional.Tests.Catalog;

/// <summary>aggregation-methods/README.md lists every registered proportional method, so its table cannot rot.</summary>
public sealed class ProportionalReadmeTests
{
    [Fact]
    public void Readme_CatalogTable_ListsEveryRegisteredMethod()
    {
        var readme = File.ReadAllText(RepoPaths.RepoFile("aggregation-methods", "README.md"));
        foreach (var m in ProportionalCatalogFixture.Registry.Methods)
        {
            readme.ShouldContain("| `" + m.Id + "` | " + m.Metadata.DisplayName + " |", customMessage: m.Id);
        }
    }
}
