using CollectiveAlignment.Aggregation.Results;

namespace CollectiveAlignment.Methods.Proportional.Explanations;

/// <summary>
/// A multiwinner (committee) outcome: the members in the order the rule chose them, the steps in words, and whether the
/// slate satisfies justified representation (JR), proportional JR (PJR) and extended JR (EJR) on this profile.
/// </summary>
[ExplanationWriter(typeof(CommitteeExplanationWriter))]
public sealed record CommitteeExplanation : Explanation
{
    /// <summary>Creates the explanation.</summary>
    /// <param name="summary">One or two sentences.</param>
    /// <param name="seats">The committee size asked for.</param>
    /// <param name="members">The members in selection order.</param>
    /// <param name="pavScore">The PAV score of the committee, for comparison across rules.</param>
    /// <param name="tieBroken">Whether a fixed tie-break decided at least one seat.</param>
    /// <param name="steps">How each seat was decided.</param>
    /// <param name="representation">Axiom name (<c>jr</c>, <c>pjr</c>, <c>ejr</c>) to <c>satisfied</c>, <c>violated</c> or <c>unknown</c>.</param>
    public CommitteeExplanation(string summary, int seats, IReadOnlyList<int> members, double pavScore, bool tieBroken, IReadOnlyList<string> steps, IReadOnlyDictionary<string, string> representation)
        : base(summary)
    {
        Seats = seats;
        Members = members;
        PavScore = pavScore;
        TieBroken = tieBroken;
        Steps = steps;
        Representation = representation;
    }

    /// <summary>The committee size asked for.</summary>
    public int Seats { get; }

    /// <summary>The members in selection order.</summary>
    public IReadOnlyList<int> Members { get; }

    /// <summary>The PAV score Σ_v w_v·H(|A_v ∩ W|).</summary>
    public double PavScore { get; }

    /// <summary>Whether a fixed tie-break decided at least one seat (the slate is then one of several equally justified).</summary>
    public bool TieBroken { get; }

    /// <summary>How each seat was decided, in words.</summary>
    public IReadOnlyList<string> Steps { get; }

    /// <summary>Axiom name (<c>jr</c>, <c>pjr</c>, <c>ejr</c>) to <c>satisfied</c>, <c>violated</c> or <c>unknown</c>.</summary>
    public IReadOnlyDictionary<string, string> Representation { get; }
}
