using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;
using CollectiveAlignment.Methods.Consensus.Pairwise;

namespace CollectiveAlignment.Methods.Consensus.Catalog;

/// <summary>
/// All Our Ideas (wiki survey) score: each idea scores 100·(w+1)/(w+l+2), the smoothed percentage of its comparisons it won,
/// and ideas are ranked by that score.
/// </summary>
/// <remarks>
/// <para>Tie rule: ideas with equal scores (to 9 decimals) share a tier; every idea of the top tier is a winner. An idea never
/// compared scores 50. A comparison judged a tie counts for neither idea.</para>
/// <para>Citation: Salganik &amp; Levy 2015, "Wiki Surveys: Open and Quantifiable Social Data Collection", PLoS ONE 10(5):
/// e0123483.</para>
/// </remarks>
[AggregationMethod("all-our-ideas", Version = 1)]
public sealed class AllOurIdeasMethod : IPairwiseMethod
{
    /// <inheritdoc />
    public MethodMetadata Metadata { get; } = new()
    {
        DisplayName = "All Our Ideas (wiki survey score)",
        Family = "pairwise",
        BallotKind = BallotKind.Pairwise,
        Summary = "Scores each idea by the smoothed share of its pairwise comparisons it won, 100·(w+1)/(w+l+2).",
        TieRule = "Ideas with equal scores (to 9 decimals) share a tier and are all winners.",
        TruncationRule = "Only the comparisons made count; an idea never compared scores 50; a tie counts for neither idea; ballots count with their weight.",
        Citation = "Salganik & Levy 2015, \"Wiki Surveys: Open and Quantifiable Social Data Collection\", PLoS ONE 10(5): e0123483.",
        EmptyProfileSummary = "No ideas.",
        Claims = new Dictionary<Axiom, Claim> { [Axiom.Anonymity] = Claim.Satisfies, [Axiom.Neutrality] = Claim.Satisfies },
    };

    /// <inheritdoc />
    public AggregationResult Aggregate(PairwiseProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var scores = AllOurIdeas.Scores(PairwiseCounts.FromWins(profile.Candidates.Count, profile.Matrix.Support));
        var explanation = new ScoreTallyExplanation("Smoothed percentage of comparisons won, 100·(wins+1)/(wins+losses+2).", "All Our Ideas score", true, scores);
        return AggregationResult.FromScores(scores, true, explanation);
    }
}
