using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;
using CollectiveAlignment.Methods.Proportional.Committees;

namespace CollectiveAlignment.Methods.Proportional.Catalog;

/// <summary>
/// Proportional Approval Voting: the committee of size seats maximising the sum over voters of 1 + 1/2 + … + 1/(approved members), found by exhaustive search.
/// </summary>
/// <remarks>
/// <para>Tie rule: among optimal committees the lexicographically smallest (ascending candidate indices) is chosen. The winner set is the committee; the explanation says when a tie-break decided a seat and reports
/// whether the slate satisfies JR, PJR and EJR on this profile.</para>
/// <para>Citation: Thiele 1895; Lackner &amp; Skowron 2023, "Multi-Winner Voting with Approval Preferences", Springer, §2.2; Aziz et al. 2017, "Justified representation in approval-based committee voting", Soc. Choice Welf. 48 (PAV satisfies EJR).</para>
/// </remarks>
[AggregationMethod("pav", Version = 1)]
public sealed class PavMethod : IApprovalMethod
{
    /// <inheritdoc />
    public MethodMetadata Metadata { get; } = new()
    {
        DisplayName = "Proportional Approval Voting (PAV)",
        Family = "proportional",
        BallotKind = BallotKind.Approval,
        Summary = "Proportional Approval Voting: the committee of size seats maximising the sum over voters of 1 + 1/2 + … + 1/(approved members), found by exhaustive search.",
        TieRule = "Ties: among optimal committees the lexicographically smallest (ascending candidate indices) is chosen.",
        TruncationRule = CommitteeAdapter.TruncationRule,
        Citation = "Thiele 1895; Lackner & Skowron 2023, \"Multi-Winner Voting with Approval Preferences\", Springer, §2.2; Aziz et al. 2017, \"Justified representation in approval-based committee voting\", Soc. Choice Welf. 48 (PAV satisfies EJR).",
        Parameters = [CommitteeAdapter.Seats],
        Claims = new Dictionary<Axiom, Claim> { [Axiom.Anonymity] = Claim.Satisfies, [Axiom.Proportionality] = Claim.Satisfies },
    };

    /// <inheritdoc />
    public AggregationResult Aggregate(ApprovalProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default) =>
        CommitteeAdapter.Run(profile, parameters, "Proportional Approval Voting (PAV)", Pav.Exact, cancellationToken);
}
