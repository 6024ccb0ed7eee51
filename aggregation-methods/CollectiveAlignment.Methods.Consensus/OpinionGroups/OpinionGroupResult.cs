namespace CollectiveAlignment.Methods.Consensus.OpinionGroups;

/// <summary>The outcome of <see cref="OpinionGroupAnalysis.Analyze"/>: everything the opinion map and the group panels draw.</summary>
public sealed record OpinionGroupResult
{
    /// <summary>Group index of each participant (by participant index), or −1 when the participant is not in the conversation.</summary>
    public required IReadOnlyList<int> GroupOf { get; init; }

    /// <summary>Number of opinion groups (1 when there were too few base clusters to split).</summary>
    public required int GroupCount { get; init; }

    /// <summary>Members per group. Groups are numbered by decreasing size (ties: the group holding the earliest participant id first).</summary>
    public required IReadOnlyList<int> GroupSizes { get; init; }

    /// <summary>Number of base clusters (first k-means level).</summary>
    public required int BaseClusterCount { get; init; }

    /// <summary>Mean silhouette of each candidate k that was tried (k → silhouette); the largest won, ties to the smaller k.</summary>
    public required IReadOnlyDictionary<int, double> SilhouetteByK { get; init; }

    /// <summary>Column means used to centre (and impute) the votes, by statement index.</summary>
    public required IReadOnlyList<double> Center { get; init; }

    /// <summary>The two principal components (unit vectors over statements).</summary>
    public required IReadOnlyList<IReadOnlyList<double>> Components { get; init; }

    /// <summary>Eigenvalue of XᵀX (X the centred, imputed matrix) for each component, from the final Rayleigh–Ritz step.</summary>
    public required IReadOnlyList<double> Eigenvalues { get; init; }

    /// <summary>Each participant's position on the opinion map (sparsity-aware scaled projection), by participant index.</summary>
    public required IReadOnlyList<Point2> ParticipantPositions { get; init; }

    /// <summary>Each statement's position (the projection of a lone agree vote on it), by statement index.</summary>
    public required IReadOnlyList<Point2> StatementPositions { get; init; }

    /// <summary>Per group, per statement statistics (group index, then statement index).</summary>
    public required IReadOnlyList<IReadOnlyList<GroupStatementStats>> GroupStatistics { get; init; }

    /// <summary>Per group, the representative statements in display order.</summary>
    public required IReadOnlyList<IReadOnlyList<RepresentativeStatement>> RepresentativeStatements { get; init; }

    /// <summary>Whole-room agree consensus (pa &gt; ½, pat significant, by pa·pat).</summary>
    public required IReadOnlyList<ConsensusStatement> ConsensusAgree { get; init; }

    /// <summary>Whole-room disagree consensus (pd &gt; ½, pdt significant, by pd·pdt).</summary>
    public required IReadOnlyList<ConsensusStatement> ConsensusDisagree { get; init; }

    /// <summary>Group-informed consensus Π_g (A_g+1)/(S_g+2), by statement index.</summary>
    public required IReadOnlyList<double> GroupInformedConsensus { get; init; }

    /// <summary>Statement indices by decreasing group-informed consensus (ties: lower index first).</summary>
    public required IReadOnlyList<int> ConsensusRanking { get; init; }
}
