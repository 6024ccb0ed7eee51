using CollectiveAlignment.Methods.Consensus.OpinionGroups;

namespace CollectiveAlignment.Methods.Consensus.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void ConsensusAssembly_IsPure() => PureLibraryRules.ShouldBePure(typeof(OpinionGroupAnalysis).Assembly, "CollectiveAlignment.Aggregation", "CollectiveAlignment.Randomness");
}
