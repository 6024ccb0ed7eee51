namespace CollectiveAlignment.Methods.Ranked.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void RankedAssembly_IsPure() => PureLibraryRules.ShouldBePure(typeof(Schulze).Assembly, "CollectiveAlignment.Aggregation", "CollectiveAlignment.Randomness");
}
