using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;

namespace CollectiveAlignment.Aggregation.Methods;

/// <summary>A method over pairwise-comparison ballots.</summary>
public interface IPairwiseMethod : IAggregationMethod
{
    /// <summary>
    /// Aggregates <paramref name="profile"/>; the result's winner set holds every tied winner. Called through
    /// <see cref="Registry.RegisteredMethod.Aggregate"/>, which has already checked the arguments for null, validated
    /// <paramref name="parameters"/> against the metadata and answered the profile without candidates: here the profile has at
    /// least one candidate.
    /// </summary>
    /// <exception cref="ArgumentException">A parameter is invalid for this method.</exception>
    AggregationResult Aggregate(PairwiseProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default);
}
