using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;

namespace CollectiveAlignment.Aggregation.Methods;

/// <summary>A method over approval ballots.</summary>
public interface IApprovalMethod : IAggregationMethod
{
    /// <summary>Aggregates <paramref name="profile"/>; the result's winner set holds every tied winner.</summary>
    /// <exception cref="ArgumentException">A parameter is invalid for this method.</exception>
    AggregationResult Aggregate(ApprovalProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default);
}
