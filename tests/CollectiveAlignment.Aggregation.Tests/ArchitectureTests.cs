using CollectiveAlignment.Aggregation.Registry;

namespace CollectiveAlignment.Aggregation.Tests;

/// <summary>docs/conventions.md §2: the SDK references nothing of ours but the seeded generator, and no web, data or job framework.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Sdk_ReferencedAssemblies_AreFrameworkOnly()
    {
        var banned = new[] { "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Hangfire", "CollectiveAlignment." };
        var references = typeof(MethodRegistry).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        references.ShouldNotBeEmpty();
        foreach (var name in references)
        {
            // The seeded generator is the one project of ours allowed: itself pure, with no references of its own.
            (name != "CollectiveAlignment.Randomness" && banned.Any(b => name.StartsWith(b, StringComparison.Ordinal))).ShouldBeFalse($"the SDK references {name}");
        }
    }
}
