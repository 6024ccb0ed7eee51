using CollectiveAlignment.Methods.Consensus.OpinionGroups;

namespace CollectiveAlignment.Methods.Consensus.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void ConsensusAssembly_References_NoHostFrameworkOrOtherProject()
    {
        // docs/conventions.md §2: pure libraries reference no ASP.NET Core, EF Core or Hangfire; methods reference only the SDK and the seeded generator.
        var references = typeof(OpinionGroupAnalysis).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();
        references.ShouldNotContain(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || n.StartsWith("Hangfire", StringComparison.Ordinal)
            || (n.StartsWith("CollectiveAlignment.", StringComparison.Ordinal) && n != "CollectiveAlignment.Aggregation" && n != "CollectiveAlignment.Randomness"));
    }
}
