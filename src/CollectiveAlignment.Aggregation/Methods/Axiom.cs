namespace CollectiveAlignment.Aggregation.Methods;

/// <summary>Normative properties a method can claim (see <see cref="Claim"/>).</summary>
public enum Axiom
{
    /// <summary>Anonymity: the result does not depend on who cast which ballot.</summary>
    Anonymity,

    /// <summary>Neutrality: relabelling the candidates relabels the result.</summary>
    Neutrality,

    /// <summary>A candidate beating every other in a pairwise majority is the unique winner.</summary>
    CondorcetWinner,

    /// <summary>A candidate losing to every other in a pairwise majority never wins.</summary>
    CondorcetLoser,

    /// <summary>A candidate every voter ranks below another never wins (weak Pareto).</summary>
    Pareto,

    /// <summary>Ranking a winner higher never makes it lose.</summary>
    Monotonicity,

    /// <summary>Adding a clone of a candidate does not change which non-clone wins.</summary>
    CloneIndependence,

    /// <summary>Replicating every ballot k times does not change the result.</summary>
    Homogeneity,

    /// <summary>A candidate ranked first by a strict majority is the unique winner.</summary>
    MajorityWinner,

    /// <summary>Cohesive groups get representation in proportion to their size.</summary>
    Proportionality,
}
