using CollectiveAlignment.Aggregation.Methods;
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
public sealed class EqualSharesMethod() : CommitteeMethod(
    displayName: "Method of Equal Shares",
    summary: "Method of Equal Shares (Rule X): every voter gets an equal share of a budget of seats, each round elects the candidate its approvers can buy most evenly, and seats left over are filled by the add-one then utilitarian completion.",
    tieRule: "Ties: equal prices (rho) go to the lowest candidate index; completion seats go by approval score, then lowest index.",
    citation: "Peters & Skowron 2020, \"Proportionality and the Limits of Welfarism\", EC'20 (satisfies EJR); Peters, Pierczyński & Skowron 2021, NeurIPS (completion).",
    proportionality: Claim.Satisfies,
    rule: (p, k) => EqualShares.Select(p, k));
