namespace CollectiveAlignment.Methods.Consensus.Pairwise;

/// <summary>
/// The All Our Ideas score of each item, 100·(w+1)/(w+l+2): the smoothed percentage of its comparisons it won
/// (Salganik &amp; Levy 2015, "Wiki Surveys: Open and Quantifiable Social Data Collection", PLoS ONE 10(5): e0123483).
/// The model-based score, the chance to beat a random other item, is <see cref="BradleyTerryResult.ChanceToBeatRandomOther"/>.
/// </summary>
public static class AllOurIdeas
{
    /// <summary>Scores every item.</summary>
    /// <param name="counts">Win counts.</param>
    /// <returns>Scores in [0, 100] by item index; an item never compared scores 50.</returns>
    public static IReadOnlyList<double> Scores(PairwiseCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var scores = new double[counts.ItemCount];
        for (var i = 0; i < counts.ItemCount; i++)
        {
            var w = counts.TotalWins(i);
            var l = counts.TotalLosses(i);
            scores[i] = 100.0 * (w + 1) / (w + l + 2);
        }

        return scores;
    }
}
