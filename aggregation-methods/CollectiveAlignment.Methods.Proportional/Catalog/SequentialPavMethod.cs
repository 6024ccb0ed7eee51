using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;
using CollectiveAlignment.Methods.Proportional.Committees;

namespace CollectiveAlignment.Methods.Proportional.Catalog;

/// <summary>
/// Sequential PAV (Thiele's greedy method): seats rounds, each adding the candidate with the largest marginal PAV gain, the sum over its approvers of 1/(1 + approved members so far).
/// </summary>
/// <remarks>
/// <para>Tie rule: equal marginal gains go to the lowest candidate index. The winner set is the committee; the explanation says when a tie-break decided a seat and reports
/// whether the slate satisfies JR, PJR and EJR on this profile.</para>
/// <para>Citation: Thiele 1895; Lackner &amp; Skowron 2023, "Multi-Winner Voting with Approval Preferences", Springer, §2.3 and Table 4.1 (satisfies JR, fails PJR and EJR).</para>
/// </remarks>
[AggregationMethod("sequential-pav", Version = 1)]
public sealed class SequentialPavMethod : IApprovalMethod
{
    /// <inheritdoc />
    public MethodMetadata Metadata { get; } = new()
    {
        DisplayName = "Sequential PAV",
        Family = "proportional",
        BallotKind = BallotKind.Approval,
        Summary = "Sequential PAV (Thiele's greedy method): seats rounds, each adding the candidate with the largest marginal PAV gain, the sum over its approvers of 1/(1 + approved members so far).",
        TieRule = "Ties: equal marginal gains go to the lowest candidate index.",
        TruncationRule = CommitteeAdapter.TruncationRule,
        Citation = "Thiele 1895; Lackner & Skowron 2023, \"Multi-Winner Voting with Approval Preferences\", Springer, §2.3 and Table 4.1 (satisfies JR, fails PJR and EJR).",
        Parameters = [CommitteeAdapter.Seats],
        Claims = new Dictionary<Axiom, Claim> { [Axiom.Anonymity] = Claim.Satisfies, [Axiom.Proportionality] = Claim.Violates },
    };

    /// <inheritdoc />
    public AggregationResult Aggregate(ApprovalProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default) =>
        CommitteeAdapter.Run(profile, parameters, "Sequential PAV", SequentialPav.Select, cancellationToken);
}
