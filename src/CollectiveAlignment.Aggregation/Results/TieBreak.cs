namespace CollectiveAlignment.Aggregation.Results;

/// <summary>The outcome of the optional tie-breaking step.</summary>
/// <param name="Winner">The single winner chosen.</param>
/// <param name="Tied">The tied winner set the choice was made from.</param>
/// <param name="Priority">The full candidate priority order used (first = most preferred).</param>
/// <param name="Rule">The rule in words, for the record.</param>
public sealed record TieBreak(int Winner, IReadOnlyList<int> Tied, IReadOnlyList<int> Priority, string Rule);
