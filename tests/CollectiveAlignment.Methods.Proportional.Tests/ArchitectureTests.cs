using CollectiveAlignment.Methods.Proportional.Profiles;

namespace CollectiveAlignment.Methods.Proportional.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void ProportionalAssembly_IsPure() => PureLibraryRules.ShouldBePure(typeof(ApprovalProfile).Assembly, "CollectiveAlignment.Aggregation", "CollectiveAlignment.Randomness");
}
