using CollectiveAlignment.Aggregation.Methods;
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
public sealed class SequentialPavMethod() : CommitteeMethod(
    displayName: "Sequential PAV",
    summary: "Sequential PAV (Thiele's greedy method): seats rounds, each adding the candidate with the largest marginal PAV gain, the sum over its approvers of 1/(1 + approved members so far).",
    tieRule: "Ties: equal marginal gains go to the lowest candidate index.",
    citation: "Thiele 1895; Lackner & Skowron 2023, \"Multi-Winner Voting with Approval Preferences\", Springer, §2.3 and Table 4.1 (satisfies JR, fails PJR and EJR).",
    proportionality: Claim.Violates,
    rule: SequentialPav.Select);
