using CollectiveAlignment.Aggregation.Profiles;

namespace ExamplePlugin;

/// <summary>The tally the sample's positional methods share: each ballot position is worth some points.</summary>
internal static class PositionalScores
{
    /// <summary>
    /// Every candidate's weighted total, where position k (0 = first) scores <paramref name="points"/>(k); a tier shares the
    /// average points of the positions it occupies, and unranked candidates score nothing.
    /// </summary>
    public static double[] Tally(RankedProfile profile, Func<int, double> points)
    {
        var scores = new double[profile.Candidates.Count];
        foreach (var entry in profile.Ballots)
        {
            var position = 0;
            foreach (var tier in entry.Ballot.Tiers)
            {
                var share = Enumerable.Range(position, tier.Count).Average(points);
                foreach (var c in tier)
                {
                    scores[c] += entry.Weight * share;
                }

                position += tier.Count;
            }
        }

        return scores;
    }
}
