namespace CollectiveAlignment.Methods.Ranked.Tests;

/// <summary>aggregation-methods/README.md lists every registered method, so the catalog table cannot rot.</summary>
public sealed class MethodsReadmeTests
{
    [Fact]
    public void Readme_CatalogTable_ListsEveryRegisteredMethod()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot(), "aggregation-methods", "README.md"));
        foreach (var m in CatalogFixture.Registry.Methods)
        {
            readme.ShouldContain("| `" + m.Id + "` | " + m.Metadata.DisplayName + " |", customMessage: m.Id);
        }
    }
}
