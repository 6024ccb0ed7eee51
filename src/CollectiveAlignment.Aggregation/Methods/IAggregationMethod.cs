namespace CollectiveAlignment.Aggregation.Methods;

/// <summary>
/// The base of every aggregation method: its metadata. A method also implements exactly one typed interface
/// (<see cref="IRankedMethod"/>, <see cref="IApprovalMethod"/>, <see cref="IScoreMethod"/>, <see cref="IStatementVoteMethod"/>,
/// <see cref="IPairwiseMethod"/>) and carries <see cref="AggregationMethodAttribute"/>. Methods are stateless.
/// </summary>
public interface IAggregationMethod
{
    /// <summary>Display name, family, ballot kind, parameters, claims, tie rule and citation.</summary>
    MethodMetadata Metadata { get; }
}
