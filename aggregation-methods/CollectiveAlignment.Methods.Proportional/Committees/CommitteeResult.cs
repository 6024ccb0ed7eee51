namespace CollectiveAlignment.Methods.Proportional.Committees;

/// <summary>A committee (slate) chosen by a multiwinner rule.</summary>
public sealed record CommitteeResult
{
    /// <summary>The members, in the order the rule selected them (ascending for <see cref="Pav.Exact"/>).</summary>
    public required IReadOnlyList<int> Members { get; init; }

    /// <summary>The PAV score Σ_v w_v·H(|A_v ∩ W|) of the committee (H = harmonic number), for comparison across rules.</summary>
    public required double PavScore { get; init; }

    /// <summary>
    /// Whether the lowest-index tie-break decided at least one step (sequential rules) or several committees share the
    /// optimum (<see cref="Pav.Exact"/>): the outcome is then one of several equally justified ones.
    /// </summary>
    public required bool TieBroken { get; init; }

    /// <summary>How each step was decided, in words the portal can show.</summary>
    public required IReadOnlyList<string> Explanation { get; init; }
}
