using CollectiveAlignment.Aggregation.Registry;

namespace CollectiveAlignment.Tests;

/// <summary>Compares a family's <see cref="GoldenCorpus.Manifest"/> with the one recorded in tests/data/golden.</summary>
internal static class GoldenManifest
{
    /// <summary>
    /// Fails, naming the first lines that differ, unless every method of <paramref name="registry"/> gives on the corpus the
    /// canonical JSON recorded in <c>tests/data/golden/<paramref name="family"/>.txt</c>. A deliberate behaviour change bumps
    /// the method's version (or adds a method), so its lines change and the manifest is re-recorded with the change: run the
    /// family's tests once with <c>CALIGN_RECORD_GOLDEN=1</c> and review the diff of the manifest.
    /// </summary>
    public static void ShouldMatch(MethodRegistry registry, string family)
    {
        var path = RepoPaths.RepoFile("tests", "data", "golden", family + ".txt");
        var actual = GoldenCorpus.Manifest(registry);
        if (Environment.GetEnvironmentVariable("CALIGN_RECORD_GOLDEN") == "1")
        {
            File.WriteAllLines(path, actual);
        }

        var recorded = File.ReadAllLines(path);
        var differences = actual.Except(recorded, StringComparer.Ordinal).Concat(recorded.Except(actual, StringComparer.Ordinal).Select(l => "missing: " + l)).Take(10).ToList();
        differences.ShouldBeEmpty($"the canonical JSON of the {family} family changed:{Environment.NewLine}{string.Join(Environment.NewLine, differences)}");
        actual.Count.ShouldBe(recorded.Length);
    }
}
