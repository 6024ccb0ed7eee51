using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Methods.Consensus.OpinionGroups;

namespace CollectiveAlignment.Methods.Consensus.Catalog;

/// <summary>The parameters shared by the two methods built on the opinion-group analysis.</summary>
internal static class OpinionGroupParameters
{
    public static readonly ParameterDescriptor MaxGroups = ParameterDescriptor.WholeNumber("max-groups", 5, "Largest number of opinion groups the silhouette search may choose (Polis: 5).", 1, 20);

    public static readonly ParameterDescriptor GroupCount = ParameterDescriptor.WholeNumber("group-count", 0, "Force this many groups; 0 lets the silhouette choose.", 0, 20);

    public static readonly ParameterDescriptor MinVotes = ParameterDescriptor.WholeNumber("min-votes", 7, "Votes a participant needs to be placed in a group (Polis: 7).", 0, 1000);

    public static readonly ParameterDescriptor Seed = ParameterDescriptor.WholeNumber("seed", 20140618, "Seed of the PCA start vector (the only randomness).", 0);

    public static IReadOnlyList<ParameterDescriptor> All { get; } = [MaxGroups, GroupCount, MinVotes, Seed];

    public static OpinionGroupOptions ToOptions(MethodParameters parameters) => new()
    {
        MaxGroups = parameters.GetInt32(MaxGroups),
        FixedGroupCount = parameters.GetInt32(GroupCount) is > 0 and var k ? k : null,
        MinVotes = parameters.GetInt32(MinVotes),
        Seed = (ulong)parameters.GetInt32(Seed),
    };
}
