namespace CollectiveAlignment.Methods.Cardinal.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void CardinalAssembly_IsPure() => PureLibraryRules.ShouldBePure(typeof(Star).Assembly, "CollectiveAlignment.Aggregation", "CollectiveAlignment.Randomness");
}
