namespace CollectiveAlignment.Methods.Cardinal.Tests;

/// <summary>aggregation-methods/README.md lists every registered method, so the catalog table cannot rot.</summary>
public sealed class MethodsReadmeTests
{
    [Fact]
    public void Readme_CatalogTable_ListsEveryRegisteredMethod()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "aggregation-methods", "README.md"));
        foreach (var m in CardinalCatalog.Registry.Methods)
        {
            readme.ShouldContain("| `" + m.Id + "` | " + m.Metadata.DisplayName + " |", customMessage: m.Id);
        }
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CollectiveAlignment.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CollectiveAlignment.sln not found");
    }
}
