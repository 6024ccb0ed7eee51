using CollectiveAlignment.Aggregation.Files;
using CollectiveAlignment.Aggregation.Registry;

namespace CollectiveAlignment.Aggregation.Tests;

/// <summary>The SDK, and PolicySpecs (which has no test project of its own), are pure; and the rule can fail.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Sdk_IsPure() => PureLibraryRules.ShouldBePure(typeof(MethodRegistry).Assembly, "CollectiveAlignment.Randomness");

    [Fact]
    public void PolicySpecs_IsPure() =>
        PureLibraryRules.ShouldBePure(System.Reflection.Assembly.Load("CollectiveAlignment.PolicySpecs"), "CollectiveAlignment.Aggregation", "CollectiveAlignment.Randomness");

    [Fact]
    public void FilesProject_IsNotPure_AndTheRuleSaysWhy()
    {
        var violations = PureLibraryRules.Violations(typeof(FileSource).Assembly, "CollectiveAlignment.Aggregation");
        violations.ShouldContain("CollectiveAlignment.Aggregation.Files uses System.IO.File");
        violations.ShouldContain("CollectiveAlignment.Aggregation.Files uses System.IO.FileStream");
        violations.ShouldContain("CollectiveAlignment.Aggregation.Files uses System.IO.StreamReader(string path, …)");
    }

    [Fact]
    public void Rule_RefusesFileAccessAndUnlistedProjects()
    {
        // This test assembly reads files (RepoPaths) and references the SDK without listing it: both must be reported.
        var violations = PureLibraryRules.Violations(typeof(ArchitectureTests).Assembly);
        violations.ShouldContain(v => v.EndsWith("uses System.IO.File", StringComparison.Ordinal));
        violations.ShouldContain(v => v.EndsWith("→ CollectiveAlignment.Aggregation is forbidden", StringComparison.Ordinal));
    }
}
