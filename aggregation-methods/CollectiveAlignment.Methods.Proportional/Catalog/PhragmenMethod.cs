using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Methods.Proportional.Committees;

namespace CollectiveAlignment.Methods.Proportional.Catalog;

/// <summary>
/// Phragmén's sequential method: each seat is a unit of load shared by its approvers; each round elects the candidate whose election leaves the smallest maximal load.
/// </summary>
/// <remarks>
/// <para>Tie rule: equal loads go to the lowest candidate index. The winner set is the committee; the explanation says when a tie-break decided a seat and reports
/// whether the slate satisfies JR, PJR and EJR on this profile.</para>
/// <para>Citation: Phragmén 1894; Brill, Freeman, Janson &amp; Lackner 2017, "Phragmén's voting methods and justified representation", AAAI (satisfies PJR, fails EJR).</para>
/// </remarks>
[AggregationMethod("phragmen", Version = 1)]
public sealed class PhragmenMethod() : CommitteeMethod(
    displayName: "Phragmén's sequential method",
    summary: "Phragmén's sequential method: each seat is a unit of load shared by its approvers; each round elects the candidate whose election leaves the smallest maximal load.",
    tieRule: "Ties: equal loads go to the lowest candidate index.",
    citation: "Phragmén 1894; Brill, Freeman, Janson & Lackner 2017, \"Phragmén's voting methods and justified representation\", AAAI (satisfies PJR, fails EJR).",
    proportionality: Claim.Satisfies,
    rule: Phragmen.Select);
