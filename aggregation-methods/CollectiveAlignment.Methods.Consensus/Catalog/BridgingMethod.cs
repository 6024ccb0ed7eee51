using System.Globalization;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;
using CollectiveAlignment.Methods.Consensus.Bridging;

namespace CollectiveAlignment.Methods.Consensus.Catalog;

/// <summary>
/// Bridging-based ranking, the core of Community Notes, on statement votes: fits r̂ = μ + i_u + i_s + f_u·f_s to the votes
/// (agree = 1, disagree = 0, pass skipped, unseen missing) and ranks statements by their intercept i_s, the support left
/// once the one-dimensional viewpoint factor has explained what it can.
/// </summary>
/// <remarks>
/// <para>Tie rule: statements with equal intercepts (to 9 decimals) share a tier and are all winners. Statements with fewer
/// than <c>min-ratings-per-statement</c> votes, and raters with fewer than <c>min-ratings-per-rater</c>, are filtered out
/// before fitting (as Community Notes does); a filtered statement scores −∞ and ranks last.</para>
/// <para>Citation: Wojcik et al. 2022, "Birdwatch: Crowd Wisdom and Bridging Algorithms can Inform Understanding and Reduce
/// the Spread of Misinformation", arXiv:2210.15723; Community Notes "Note ranking algorithm" documentation.</para>
/// </remarks>
[AggregationMethod("bridging", Version = 1)]
public sealed class BridgingMethod : IStatementVoteMethod
{
    private static readonly ParameterDescriptor MinPerRater = ParameterDescriptor.WholeNumber("min-ratings-per-rater", 10, "Votes a participant needs to be used in the fit (Community Notes: 10).", 0, 100000);

    private static readonly ParameterDescriptor MinPerStatement = ParameterDescriptor.WholeNumber("min-ratings-per-statement", 5, "Votes a statement needs to be scored (Community Notes: 5).", 0, 100000);

    private static readonly ParameterDescriptor Seed = ParameterDescriptor.WholeNumber("seed", 42, "Seed of the initial factors.", 0);

    /// <inheritdoc />
    public MethodMetadata Metadata { get; } = new()
    {
        DisplayName = "Bridging (Community Notes core model)",
        Family = "consensus",
        BallotKind = BallotKind.StatementVote,
        Summary = "Ranks statements by the intercept of a one-factor matrix factorisation of the votes: support that holds across the viewpoint axis.",
        TieRule = "Statements with equal intercepts (to 9 decimals) share a tier and are all winners; statements filtered out for too few votes score -infinity and share the last tier.",
        TruncationRule = "Agree = 1, disagree = 0; a pass and an unseen statement give no rating. Weights are ignored: each participant counts once.",
        Citation = "Wojcik et al. 2022, \"Birdwatch: Crowd Wisdom and Bridging Algorithms can Inform Understanding and Reduce the Spread of Misinformation\", arXiv:2210.15723.",
        EmptyProfileSummary = "No statements.",
        Parameters = [MinPerRater, MinPerStatement, Seed],
        Claims = new Dictionary<Axiom, Claim> { [Axiom.Anonymity] = Claim.Satisfies },
    };

    /// <inheritdoc />
    public AggregationResult Aggregate(StatementVoteProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var options = new BridgingOptions
        {
            MinRatingsPerRater = parameters.GetInt32(MinPerRater),
            MinRatingsPerNote = parameters.GetInt32(MinPerStatement),
            Seed = (ulong)parameters.GetInt32(Seed),
        };
        cancellationToken.ThrowIfCancellationRequested();

        // Raters are the participants, expanded from the compressed profile in canonical ballot order.
        var raters = new List<int>();
        var notes = new List<int>();
        var values = new List<double>();
        var raterCount = 0;
        foreach (var wb in profile.Ballots)
        {
            for (long copy = 0; copy < wb.Count; copy++, raterCount++)
            {
                for (var s = 0; s < wb.Ballot.Votes.Count; s++)
                {
                    if (wb.Ballot.Votes[s] is StatementVote.Agree or StatementVote.Disagree)
                    {
                        raters.Add(raterCount);
                        notes.Add(s);
                        values.Add(wb.Ballot.Votes[s] == StatementVote.Agree ? 1.0 : 0.0);
                    }
                }
            }
        }

        var fit = BridgingMatrixFactorization.Fit(raterCount, profile.Candidates.Count, [.. raters], [.. notes], [.. values], options);
        var intercepts = fit.NoteIntercepts.Select(i => double.IsNaN(i) ? double.NegativeInfinity : i).ToArray();
        var factors = fit.NoteFactors.Select(f => double.IsNaN(f) ? 0 : f).ToArray();
        var helpful = Enumerable.Range(0, fit.Statuses.Count).Where(s => fit.Statuses[s] == NoteStatus.CurrentlyRatedHelpful).Select(s => profile.Candidates[s]).ToArray();
        var scored = fit.NoteIntercepts.Count(i => !double.IsNaN(i));
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{scored} of {profile.Candidates.Count} statements scored from {values.Count} votes; rated helpful across viewpoints (intercept ≥ 0.40, |factor| < 0.5): {(helpful.Length == 0 ? "none" : string.Join(", ", helpful))}.");
        var explanation = new CompositeExplanation(summary,
        [
            new ScoreTallyExplanation("Statement intercept: support once the viewpoint factor is explained away (-infinity: too few votes).", "intercept", true, intercepts),
            new ScoreTallyExplanation("Statement factor: how far support depends on viewpoint (0 when not scored).", "factor", true, factors),
        ]);
        return AggregationResult.FromScores(intercepts, true, explanation);
    }
}
