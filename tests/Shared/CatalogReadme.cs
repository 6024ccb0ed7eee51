using CollectiveAlignment.Aggregation.Registry;

namespace CollectiveAlignment.Tests;

/// <summary>aggregation-methods/README.md lists every registered method of every family, so its catalog table cannot rot.</summary>
internal static class CatalogReadme
{
    /// <summary>Fails, naming the method, unless the README's table has a row with the id and display name of each method of <paramref name="registry"/>.</summary>
    public static void ShouldListEveryMethod(MethodRegistry registry)
    {
        var readme = File.ReadAllText(RepoPaths.RepoFile("aggregation-methods", "README.md"));
        foreach (var m in registry.Methods)
        {
            readme.ShouldContain("| `" + m.Id + "` | " + m.Metadata.DisplayName + " |", customMessage: m.Id);
        }
    }
}
