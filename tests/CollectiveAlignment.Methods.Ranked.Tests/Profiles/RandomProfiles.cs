using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Methods.Ranked.Tests.Profiles;

/// <summary>Seeded random profiles for property tests (System.Random with an explicit seed, printed on failure).</summary>
public static class RandomProfiles
{
    /// <summary>Strict complete orders (the domain the axioms are stated on).</summary>
    public static List<RankedBallot> StrictComplete(Random rng, int candidates, int voters)
    {
        var ballots = new List<RankedBallot>(voters);
        for (var v = 0; v < voters; v++)
        {
            var order = Enumerable.Range(0, candidates).ToArray();
            rng.Shuffle(order);
            ballots.Add(RankedBallot.FromOrder(candidates, order));
        }

        return ballots;
    }

    /// <summary>Orders with random ties and truncation.</summary>
    public static List<RankedBallot> WithTiesAndTruncation(Random rng, int candidates, int voters)
    {
        var ballots = new List<RankedBallot>(voters);
        for (var v = 0; v < voters; v++)
        {
            var order = Enumerable.Range(0, candidates).ToArray();
            rng.Shuffle(order);
            var ranked = rng.Next(0, candidates + 1);
            var tiers = new List<List<int>>();
            for (var i = 0; i < ranked; i++)
            {
                if (tiers.Count == 0 || rng.Next(3) != 0)
                {
                    tiers.Add([order[i]]);
                }
                else
                {
                    tiers[^1].Add(order[i]);
                }
            }

            ballots.Add(RankedBallot.FromTiers(candidates, tiers));
        }

        return ballots;
    }

    public static RankedProfile Profile(IEnumerable<RankedBallot> ballots, int candidates) => new(CandidateSet.Letters(candidates), ballots);
}
