using CollectiveAlignment.Aggregation.Methods;
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
public sealed class PavMethod() : CommitteeMethod(
    displayName: "Proportional Approval Voting (PAV)",
    summary: "Proportional Approval Voting: the committee of size seats maximising the sum over voters of 1 + 1/2 + … + 1/(approved members), found by exhaustive search.",
    tieRule: "Ties: among optimal committees the lexicographically smallest (ascending candidate indices) is chosen.",
    citation: "Thiele 1895; Lackner & Skowron 2023, \"Multi-Winner Voting with Approval Preferences\", Springer, §2.2; Aziz et al. 2017, \"Justified representation in approval-based committee voting\", Soc. Choice Welf. 48 (PAV satisfies EJR).",
    proportionality: Claim.Satisfies,
    rule: Pav.Exact);
