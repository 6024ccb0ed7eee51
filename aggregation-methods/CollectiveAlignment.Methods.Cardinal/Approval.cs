namespace CollectiveAlignment.Methods.Cardinal;

/// <summary>
/// Approval voting: each voter approves any number of candidates; the candidates with the most (weighted) approvals win.
/// </summary>
/// <remarks>
/// Tie rule: all candidates with the most approvals win. Truncation: a candidate not approved is simply not approved; an empty
/// ballot counts for nobody.
/// Citation: Brams and Fishburn, "Approval voting", American Political Science Review 72 (1978) 831-847.
/// <see href="https://doi.org/10.2307/1955105"/>
/// </remarks>
[AggregationMethod("approval", Version = 1)]
public sealed class Approval : IApprovalMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Approval voting",
        Family = CardinalClaims.Family,
        BallotKind = BallotKind.Approval,
        Summary = "Most approvals wins.",
        TieRule = "All candidates with the most approvals win.",
        TruncationRule = "Not approved means not approved; an empty ballot counts for nobody.",
        Citation = "Brams and Fishburn, Approval voting, Am. Polit. Sci. Rev. 72 (1978) 831-847.",
        Claims = CardinalClaims.Make(Axiom.Monotonicity),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(ApprovalProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var scores = new double[profile.Candidates.Count];
        foreach (var b in profile.Ballots)
        {
            foreach (var c in b.Ballot.Approved)
            {
                scores[c] += b.Weight;
            }
        }

        return AggregationResult.FromScores(scores, true, new ScoreTallyExplanation("Candidates ranked by approvals.", "approvals", true, scores));
    }
}
