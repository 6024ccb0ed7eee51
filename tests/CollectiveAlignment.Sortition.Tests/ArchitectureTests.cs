namespace CollectiveAlignment.Sortition.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void SortitionAssembly_References_NoFrameworkOrProjectAssemblies()
    {
        // Of our own assemblies only the seeded generator, itself a pure library with no references of its own.
        var forbidden = new[] { "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Hangfire", "CollectiveAlignment." };
        var references = typeof(Leximin).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        references.Where(r => r != "CollectiveAlignment.Randomness" && forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal))).ShouldBeEmpty();
    }
}
