using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;
using CollectiveAlignment.Methods.Proportional.Committees;

namespace CollectiveAlignment.Methods.Proportional.Catalog;

/// <summary>
/// Method of Equal Shares (Rule X): every voter gets an equal share of a budget of seats, each round elects the candidate its approvers can buy most evenly, and seats left over are filled by the add-one then utilitarian completion.
/// </summary>
/// <remarks>
/// <para>Tie rule: equal prices (rho) go to the lowest candidate index; completion seats go by approval score, then lowest index. The winner set is the committee; the explanation says when a tie-break decided a seat and reports
/// whether the slate satisfies JR, PJR and EJR on this profile.</para>
/// <para>Citation: Peters &amp; Skowron 2020, "Proportionality and the Limits of Welfarism", EC'20 (satisfies EJR); Peters, Pierczyński &amp; Skowron 2021, NeurIPS (completion).</para>
/// </remarks>
[AggregationMethod("equal-shares", Version = 1)]
public sealed class EqualSharesMethod : IApprovalMethod
{
    /// <inheritdoc />
    public MethodMetadata Metadata { get; } = new()
    {
        DisplayName = "Method of Equal Shares",
        Family = "proportional",
        BallotKind = BallotKind.Approval,
        Summary = "Method of Equal Shares (Rule X): every voter gets an equal share of a budget of seats, each round elects the candidate its approvers can buy most evenly, and seats left over are filled by the add-one then utilitarian completion.",
        TieRule = "Ties: equal prices (rho) go to the lowest candidate index; completion seats go by approval score, then lowest index.",
        TruncationRule = CommitteeAdapter.TruncationRule,
        Citation = "Peters & Skowron 2020, \"Proportionality and the Limits of Welfarism\", EC'20 (satisfies EJR); Peters, Pierczyński & Skowron 2021, NeurIPS (completion).",
        Parameters = [CommitteeAdapter.Seats],
        Claims = new Dictionary<Axiom, Claim> { [Axiom.Anonymity] = Claim.Satisfies, [Axiom.Proportionality] = Claim.Satisfies },
    };

    /// <inheritdoc />
    public AggregationResult Aggregate(ApprovalProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default) =>
        CommitteeAdapter.Run(profile, parameters, "Method of Equal Shares", (p, k) => EqualShares.Select(p, k), cancellationToken);
}
