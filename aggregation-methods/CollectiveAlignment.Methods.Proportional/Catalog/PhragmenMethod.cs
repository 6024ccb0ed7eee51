using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;
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
public sealed class PhragmenMethod : IApprovalMethod
{
    /// <inheritdoc />
    public MethodMetadata Metadata { get; } = new()
    {
        DisplayName = "Phragmén's sequential method",
        Family = "proportional",
        BallotKind = BallotKind.Approval,
        Summary = "Phragmén's sequential method: each seat is a unit of load shared by its approvers; each round elects the candidate whose election leaves the smallest maximal load.",
        TieRule = "Ties: equal loads go to the lowest candidate index.",
        TruncationRule = CommitteeAdapter.TruncationRule,
        Citation = "Phragmén 1894; Brill, Freeman, Janson & Lackner 2017, \"Phragmén's voting methods and justified representation\", AAAI (satisfies PJR, fails EJR).",
        Parameters = [CommitteeAdapter.Seats],
        Claims = new Dictionary<Axiom, Claim> { [Axiom.Anonymity] = Claim.Satisfies, [Axiom.Proportionality] = Claim.Satisfies },
    };

    /// <inheritdoc />
    public AggregationResult Aggregate(ApprovalProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default) =>
        CommitteeAdapter.Run(profile, parameters, "Phragmén's sequential method", Phragmen.Select, cancellationToken);
}
