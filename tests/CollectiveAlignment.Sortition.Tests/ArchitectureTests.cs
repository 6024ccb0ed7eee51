namespace CollectiveAlignment.Sortition.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void SortitionAssembly_IsPure() => PureLibraryRules.ShouldBePure(typeof(Leximin).Assembly, "CollectiveAlignment.Randomness");
}
