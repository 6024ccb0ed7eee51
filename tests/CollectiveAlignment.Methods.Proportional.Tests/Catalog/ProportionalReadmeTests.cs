namespace CollectiveAlignment.Methods.Proportional.Tests.Catalog;

/// <summary>aggregation-methods/README.md lists every registered proportional method, so its table cannot rot.</summary>
public sealed class ProportionalReadmeTests
{
    [Fact]
    public void Readme_CatalogTable_ListsEveryRegisteredMethod()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CollectiveAlignment.sln")))
        {
            dir = dir.Parent;
        }

        dir.ShouldNotBeNull("CollectiveAlignment.sln not found above the test binaries");
        var readme = File.ReadAllText(Path.Combine(dir.FullName, "aggregation-methods", "README.md"));
        foreach (var m in ProportionalCatalogFixture.Registry.Methods)
        {
            readme.ShouldContain("| `" + m.Id + "` | " + m.Metadata.DisplayName + " |", customMessage: m.Id);
        }
    }
}
