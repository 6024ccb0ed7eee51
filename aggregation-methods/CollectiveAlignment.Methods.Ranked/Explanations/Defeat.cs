namespace CollectiveAlignment.Methods.Ranked.Explanations;

/// <summary>An edge of a defeat graph: <paramref name="Winner"/> defeats <paramref name="Loser"/> with the given strength.</summary>
/// <param name="Winner">The defeating candidate.</param>
/// <param name="Loser">The defeated candidate.</param>
/// <param name="Strength">The strength (margin, beat-path strength…), as the explanation's summary states.</param>
public sealed record Defeat(int Winner, int Loser, double Strength);
