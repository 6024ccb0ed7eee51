namespace CollectiveAlignment.Tests;

/// <summary>
/// Locates the repository root (and the shared data sets beside it) from the test binaries. Linked into every test project
/// by tests/Directory.Build.props, so there is one copy.
/// </summary>
internal static class RepoPaths
{
    /// <summary>The folder holding CollectiveAlignment.sln, found by walking up from the test binaries.</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CollectiveAlignment.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CollectiveAlignment.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A file under the repository root, e.g. <c>RepoFile("tests", "data", "x.csv")</c>.</summary>
    public static string RepoFile(params string[] parts) => Path.Combine([RepoRoot(), .. parts]);

    /// <summary>The PrefLib dataset folder, or a skip (with the reason) when it is absent.</summary>
    public static string PrefLibFolderOrSkip()
    {
        var folder = Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "datasets", "preflib"));
        if (!Directory.Exists(folder))
        {
            Assert.Skip($"The shared PrefLib datasets are not present at {folder} (they are unlicensed and read in place, never copied).");
        }

        return folder;
    }
}
