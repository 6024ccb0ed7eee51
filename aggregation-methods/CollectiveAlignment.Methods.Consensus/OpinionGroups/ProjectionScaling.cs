namespace CollectiveAlignment.Methods.Consensus.OpinionGroups;

/// <summary>How a participant's projection onto the principal components is scaled.</summary>
public enum ProjectionScaling
{
    /// <summary>
    /// Polis's sparsity-aware scaling √(n_statements / max(n_votes, 1)) (current <c>pca.clj</c>), which pushes participants
    /// who voted on few statements out from the centre, where the imputed means would otherwise pile them up.
    /// </summary>
    SparsityAware,

    /// <summary>The plain projection of the imputed, centred row, as older Polis versions drew the map.</summary>
    None,
}
