namespace CollectiveAlignment.Aggregation.Profiles;

/// <summary>A distinct ballot with the number of voters who cast it and their total weight.</summary>
/// <typeparam name="TBallot">The ballot type.</typeparam>
/// <param name="Ballot">The ballot.</param>
/// <param name="Count">How many voters cast it.</param>
/// <param name="Weight">The sum of those voters' weights (equal to <paramref name="Count"/> when unweighted).</param>
public readonly record struct WeightedBallot<TBallot>(TBallot Ballot, long Count, double Weight);
