using CollectiveAlignment.Aggregation.Registry;

namespace CollectiveAlignment.Aggregation.Tests;

/// <summary>docs/conventions.md §2: the SDK references nothing of ours and no web, data or job framework.</summary>
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
            banned.Any(b => name.StartsWith(b, StringComparison.Ordinal)).ShouldBeFalse($"the SDK references {name}");
        }
    }
}
