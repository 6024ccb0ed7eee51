using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Results;
using CollectiveAlignment.Methods.Proportional.Committees;
using EngineProfile = CollectiveAlignment.Methods.Proportional.Profiles.ApprovalProfile;
using SdkProfile = CollectiveAlignment.Aggregation.Profiles.ApprovalProfile;

namespace CollectiveAlignment.Methods.Proportional.Catalog;

/// <summary>
/// A committee method of the proportional family: the four rules differ only in their texts, their proportionality claim and
/// how they pick the committee, so the metadata and the run through <see cref="CommitteeAdapter"/> are written once here.
/// </summary>
public abstract class CommitteeMethod : IApprovalMethod
{
    private readonly Func<EngineProfile, int, CommitteeResult> _rule;

    // Private protected: the family is closed, so a plugin cannot pass itself off as one of these rules.
    private protected CommitteeMethod(string displayName, string summary, string tieRule, string citation, Claim proportionality, Func<EngineProfile, int, CommitteeResult> rule)
    {
        _rule = rule;
        Metadata = new()
        {
            DisplayName = displayName,
            Family = "proportional",
            BallotKind = BallotKind.Approval,
            Summary = summary,
            TieRule = tieRule,
            TruncationRule = CommitteeAdapter.TruncationRule,
            Citation = citation,
            Parameters = [CommitteeAdapter.Seats],
            Claims = new Dictionary<Axiom, Claim> { [Axiom.Anonymity] = Claim.Satisfies, [Axiom.Proportionality] = proportionality },
        };
    }

    /// <inheritdoc />
    public MethodMetadata Metadata { get; }

    /// <inheritdoc />
    public AggregationResult Aggregate(SdkProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default) =>
        CommitteeAdapter.Run(profile, parameters, Metadata.DisplayName, _rule, cancellationToken);
}
