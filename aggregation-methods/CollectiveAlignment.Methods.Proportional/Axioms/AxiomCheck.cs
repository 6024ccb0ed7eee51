namespace CollectiveAlignment.Methods.Proportional.Axioms;

/// <summary>The outcome of checking one axiom, with a witness when it is violated.</summary>
/// <param name="Status">Satisfied, violated or unknown.</param>
/// <param name="Level">ℓ of the violated condition (the group deserves ℓ seats), or 0.</param>
/// <param name="CommonCandidates">The ℓ candidates the witness group all approve, or empty.</param>
/// <param name="GroupWeight">Weight of the under-represented cohesive group, or 0.</param>
public sealed record AxiomCheck(AxiomStatus Status, int Level, IReadOnlyList<int> CommonCandidates, double GroupWeight)
{
    /// <summary>The axiom holds.</summary>
    public static AxiomCheck Satisfied { get; } = new(AxiomStatus.Satisfied, 0, [], 0);

    /// <summary>The check was not run (too large).</summary>
    public static AxiomCheck Unknown { get; } = new(AxiomStatus.Unknown, 0, [], 0);
}
