namespace CollectiveAlignment.Methods.Cardinal.Tests;

/// <summary>aggregation-methods/README.md lists every registered method, so the catalog table cannot rot.</summary>
public sealed class MethodsReadmeTests
{
    [Fact]
    public void Readme_CatalogTable_ListsEveryRegisteredMethod()
    {
        var readme = File.ReadAllText(RepoPaths.RepoFile("aggregation-methods", "README.md"));
        foreach (var m in CardinalCatalog.Registry.Methods)
        {
            readme.ShouldContain("| `" + m.Id + "` | " + m.Metadata.DisplayName + " |", customMessage: m.Id);
        }
    }
}
