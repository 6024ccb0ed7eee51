using CollectiveAlignment.Methods.Proportional.Profiles;

namespace CollectiveAlignment.Methods.Proportional.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void ProportionalAssembly_References_NoHostFrameworkOrOtherProject()
    {
        // docs/conventions.md §2: pure libraries reference no ASP.NET Core, EF Core or Hangfire; methods reference only the SDK (not yet used).
        var references = typeof(ApprovalProfile).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();
        references.ShouldNotContain(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || n.StartsWith("Hangfire", StringComparison.Ordinal)
            || (n.StartsWith("CollectiveAlignment.", StringComparison.Ordinal) && n != "CollectiveAlignment.Aggregation"));
    }
}
