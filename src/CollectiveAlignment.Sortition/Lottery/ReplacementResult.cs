namespace CollectiveAlignment.Sortition;

/// <summary>The replacement drawn for a member who declined.</summary>
/// <param name="ReplacementId">The new member's id, or <see langword="null"/> if nobody keeps every quota.</param>
/// <param name="SharedValues">Categories in which the replacement has the same value as the person who declined.</param>
/// <param name="Candidates">People equally good (same number of shared values) among whom the draw was made.</param>
/// <param name="Explanation">What was done, for the run record.</param>
public sealed record ReplacementResult(string? ReplacementId, int SharedValues, int Candidates, string Explanation);
