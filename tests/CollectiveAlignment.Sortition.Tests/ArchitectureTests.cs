namespace CollectiveAlignment.Sortition.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void SortitionAssembly_References_NoFrameworkOrProjectAssemblies()
    {
        var forbidden = new[] { "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Hangfire", "CollectiveAlignment." };
        var references = typeof(Leximin).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        references.Where(r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal))).ShouldBeEmpty();
    }
}
