using System.Text.RegularExpressions;

namespace CollectiveAlignment.Aggregation.Tests.Repository;

/// <summary>
/// Finds citations of files outside the repository (design notes, their reference folder, shared data sets) in the
/// repository's source and documentation, so that the repository keeps standing alone.
/// </summary>
internal static partial class ExternalReferenceScanner
{
    private static readonly string[] Extensions = [".md", ".cs", ".props", ".targets", ".csproj", ".razor"];

    // Build output, vendored files and version control are not ours to check.
    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", "node_modules", "TestResults", "App_Data"];

    /// <summary>Every offending line of every checked file under <paramref name="root"/>, as "path:line: text".</summary>
    public static List<string> Scan(string root)
    {
        var findings = new List<string>();
        foreach (var file in Files(root))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.StartsWith("tests/CollectiveAlignment.Aggregation.Tests/Repository/", StringComparison.Ordinal))
            {
                // This scanner's own patterns and samples.
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (Offends(relative, lines[i]))
                {
                    findings.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        return findings;
    }

    /// <summary>Whether <paramref name="line"/> of the file at repository-relative <paramref name="path"/> cites something outside.</summary>
    public static bool Offends(string path, string line)
    {
        if (DesignNotes().IsMatch(line) || ParentShared().IsMatch(line) || SharedReference().IsMatch(line) || OutsideNoteNames().IsMatch(line))
        {
            return true;
        }

        // Unlicensed PrefLib files are read in place beside the repository; only test code may name that folder.
        var isTestCode = path.StartsWith("tests/", StringComparison.Ordinal) && path.EndsWith(".cs", StringComparison.Ordinal);
        if (!isTestCode && SharedDatasets().IsMatch(line))
        {
            return true;
        }

        // Our own notes live in docs/formulas; a "reference/" folder is always the design notes' one.
        return ReferenceFolder().IsMatch(line);
    }

    private static IEnumerable<string> Files(string root)
    {
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var sub in dir.EnumerateDirectories())
            {
                if (!SkippedFolders.Contains(sub.Name, StringComparer.Ordinal) && !sub.Name.StartsWith('.'))
                {
                    pending.Push(sub);
                }
            }

            foreach (var file in dir.EnumerateFiles())
            {
                if (Extensions.Contains(file.Extension, StringComparer.OrdinalIgnoreCase))
                {
                    yield return file.FullName;
                }
            }
        }
    }

    [GeneratedRegex(@"\bSTYLE\.md\b|\bARCHITECTURE\.md\b")]
    private static partial Regex DesignNotes();

    [GeneratedRegex(@"\.\.[/\\]shared\b")]
    private static partial Regex ParentShared();

    [GeneratedRegex(@"\bshared[/\\]reference\b")]
    private static partial Regex SharedReference();

    [GeneratedRegex(@"\b(shared[/\\])?datasets[/\\]")]
    private static partial Regex SharedDatasets();

    [GeneratedRegex(@"(?<![\w.-])reference[/\\]")]
    private static partial Regex ReferenceFolder();

    // The design notes' file names, which exist only outside the repository, wherever a line puts them.
    [GeneratedRegex(@"\b(consensus-formulas|sortition-leximin|policy-spec-format)\.md\b")]
    private static partial Regex OutsideNoteNames();
}
