namespace CollectiveAlignment.Methods.Consensus.OpinionGroups;

/// <summary>
/// Parameters of <see cref="OpinionGroupAnalysis"/>. Every default is Polis's constant, cited from
/// <c>math/src/polismath/math/{conversation,pca,clusters,repness}.clj</c> as summarised in
/// <c>docs/formulas/consensus.md</c> §1.
/// </summary>
public sealed record OpinionGroupOptions
{
    /// <summary>Seed of the PCA start vectors. Polis starts from the previous component or a random vector; a batch run has no previous one.</summary>
    public ulong Seed { get; init; } = 20140618;

    /// <summary>A participant is "in the conversation" with at least min(this, statement count) votes (Polis: 7).</summary>
    public int MinVotes { get; init; } = 7;

    /// <summary>If fewer participants qualify, the top voters are added until there are this many (Polis: 15).</summary>
    public int MinInConversation { get; init; } = 15;

    /// <summary>Maximum power iterations per principal component (Polis: 100).</summary>
    public int PcaIterations { get; init; } = 100;

    /// <summary>Number of base clusters, the first k-means level (Polis: 100).</summary>
    public int BaseClusterCount { get; init; } = 100;

    /// <summary>Maximum k-means iterations (Polis: 100 in the base level).</summary>
    public int KMeansIterations { get; init; } = 100;

    /// <summary>k-means stops when no centre moves more than this (Polis: 0.01).</summary>
    public double KMeansTolerance { get; init; } = 0.01;

    /// <summary>The largest number of opinion groups (Polis: 5); the range is 2..min(this, 2 + ⌊base clusters / 12⌋).</summary>
    public int MaxGroups { get; init; } = 5;

    /// <summary>One-sided z threshold for every significance test (Polis: 1.2816, 90%; 1.6449 would be 95%).</summary>
    public double SignificanceZ { get; init; } = 1.2816;

    /// <summary>Representative statements kept per group (Polis: 5).</summary>
    public int MaxRepresentative { get; init; } = 5;

    /// <summary>Statements kept in each whole-room consensus list (Polis: 5).</summary>
    public int MaxConsensus { get; init; } = 5;

    /// <summary>Projection scaling (Polis today: sparsity-aware). <see cref="ProjectionScaling.None"/> reproduces older exports better.</summary>
    public ProjectionScaling ProjectionScaling { get; init; } = ProjectionScaling.SparsityAware;

    /// <summary>When set, the number of groups is fixed instead of chosen by silhouette (clamped to the base-cluster count).</summary>
    public int? FixedGroupCount { get; init; }
}
