namespace CollectiveAlignment.Aggregation.Tests;

/// <summary>Locates the repository root and the shared PrefLib datasets beside it (read in place: they carry no licence).</summary>
public static class RepoPaths
{
    /// <summary>The folder holding CollectiveAlignment.sln.</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CollectiveAlignment.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CollectiveAlignment.sln not found above " + AppContext.BaseDirectory);
    }

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
