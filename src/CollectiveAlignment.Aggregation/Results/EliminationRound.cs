namespace CollectiveAlignment.Aggregation.Results;

/// <summary>One round of an elimination method: the tally of the candidates still in, and who went out.</summary>
/// <param name="Tallies">Per candidate index: the round's tally, or null when already eliminated.</param>
/// <param name="Eliminated">Candidates eliminated at the end of this round (all tied ones together).</param>
public sealed record EliminationRound(IReadOnlyList<double?> Tallies, IReadOnlyList<int> Eliminated);
