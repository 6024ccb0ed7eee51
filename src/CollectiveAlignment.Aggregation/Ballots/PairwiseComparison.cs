namespace CollectiveAlignment.Aggregation.Ballots;

/// <summary>One comparison: <see cref="First"/> is preferred over <see cref="Second"/>, or the two are tied when <see cref="IsTie"/>.</summary>
/// <param name="First">The preferred candidate (or the first of a tied pair).</param>
/// <param name="Second">The other candidate.</param>
/// <param name="IsTie">True when the voter judged the two equal.</param>
public readonly record struct PairwiseComparison(int First, int Second, bool IsTie);
