namespace CollectiveAlignment.Randomness.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void RandomnessAssembly_References_OnlyTheRuntime()
    {
        // Every pure library takes this assembly, so it must bring nothing with it.
        var references = typeof(SeededRandom).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        references.ShouldNotBeEmpty();
        references.ShouldAllBe(name => name.StartsWith("System", StringComparison.Ordinal));
    }

    [Fact]
    public void RandomnessAssembly_IsPure() => PureLibraryRules.ShouldBePure(typeof(SeededRandom).Assembly);
}
