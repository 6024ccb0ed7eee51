using System.Globalization;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Results;
using CollectiveAlignment.Methods.Consensus.Pairwise;

namespace CollectiveAlignment.Methods.Consensus.Catalog;

/// <summary>
/// Bradley–Terry: maximum-likelihood strengths p_i with P(i beats j) = p_i/(p_i+p_j), fitted to the weighted pairwise
/// comparisons; candidates are ranked by log-strength θ_i (Σθ = 0).
/// </summary>
/// <remarks>
/// <para>Tie rule: candidates with equal log-strength (to 9 decimals) share a tier; every candidate of the top tier is a
/// winner. A comparison judged a tie counts for neither side. The pseudo-win prior (<c>prior-wins</c>, default 0.5 each way
/// per pair) keeps the estimate defined when the win graph is not strongly connected; with 0 such profiles are rejected.</para>
/// <para>Citation: Bradley &amp; Terry 1952, "Rank Analysis of Incomplete Block Designs: I. The Method of Paired Comparisons",
/// Biometrika 39(3/4); Hunter 2004, "MM algorithms for generalized Bradley–Terry models", Ann. Statist. 32(1).</para>
/// </remarks>
[AggregationMethod("bradley-terry", Version = 1)]
public sealed class BradleyTerryMethod : IPairwiseMethod
{
    private static readonly ParameterDescriptor PriorWins = ParameterDescriptor.Number("prior-wins", 0.5, "Pseudo-wins added both ways between every pair (0 = plain maximum likelihood).", 0, 1e6);

    /// <inheritdoc />
    public MethodMetadata Metadata { get; } = new()
    {
        DisplayName = "Bradley–Terry",
        Family = "pairwise",
        BallotKind = BallotKind.Pairwise,
        Summary = "Fits Bradley–Terry strengths to the pairwise comparisons by maximum likelihood and ranks candidates by strength.",
        TieRule = "Candidates with equal log-strength (to 9 decimals) share a tier and are all winners.",
        TruncationRule = "Pairs never compared contribute nothing (plus the prior); a comparison judged a tie counts for neither candidate; ballots count with their weight.",
        Citation = "Bradley & Terry 1952, \"Rank Analysis of Incomplete Block Designs: I. The Method of Paired Comparisons\", Biometrika 39(3/4); Hunter 2004, Ann. Statist. 32(1).",
        Parameters = [PriorWins],
        Claims = new Dictionary<Axiom, Claim> { [Axiom.Anonymity] = Claim.Satisfies, [Axiom.Neutrality] = Claim.Satisfies, [Axiom.Homogeneity] = Claim.Unknown },
    };

    /// <inheritdoc />
    public AggregationResult Aggregate(PairwiseProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var prior = parameters.GetDouble(PriorWins);
        cancellationToken.ThrowIfCancellationRequested();
        var counts = PairwiseCounts.FromWins(profile.Candidates.Count, profile.Matrix.Support);
        var fit = BradleyTerry.Fit(counts, new BradleyTerryOptions { PriorWins = prior });
        var summary = string.Create(CultureInfo.InvariantCulture, $"Bradley–Terry fit in {fit.Iterations} Newton step(s) with {prior} prior win(s) each way; log-strengths sum to 0, higher is stronger.");
        var explanation = new CompositeExplanation(summary,
        [
            new ScoreTallyExplanation("Log-strength θ = log p.", "log-strength", true, fit.LogStrengths),
            new ScoreTallyExplanation("Chance to beat a randomly chosen other candidate under the fitted model.", "chance to beat a random other", true, fit.ChanceToBeatRandomOther),
        ]);
        return AggregationResult.FromScores(fit.LogStrengths, true, explanation);
    }
}
