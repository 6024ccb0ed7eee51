using System.Globalization;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Methods.Ranked.Tests.Profiles;

/// <summary>Builds ranked profiles from short text: candidates "A,B,C" and lines "3: A>B=C" (count optional, '=' ties, truncation allowed).</summary>
public static class ProfileText
{
    public static RankedProfile Ranked(string candidates, params string[] lines) => Ranked(candidates, TruncationMode.UnrankedTiedAtBottom, lines);

    public static RankedProfile Ranked(string candidates, TruncationMode truncation, params string[] lines)
    {
        var set = new CandidateSet(candidates.Split(','));
        var ballots = new List<WeightedBallot<RankedBallot>>();
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var count = colon < 0 ? 1 : long.Parse(line[..colon], CultureInfo.InvariantCulture);
            var body = colon < 0 ? line : line[(colon + 1)..];
            var tiers = body.Trim().Length == 0
                ? []
                : body.Split('>').Select(t => t.Split('=').Select(n => set.IndexOf(n.Trim())).ToArray()).ToList();
            ballots.Add(new WeightedBallot<RankedBallot>(RankedBallot.FromTiers(set.Count, tiers), count, count));
        }

        return new RankedProfile(set, ballots, truncation);
    }

    /// <summary>Names of the given candidate indices, sorted.</summary>
    public static string[] Names(CandidateSet candidates, IEnumerable<int> indices) => [.. indices.Select(i => candidates[i]).Order(StringComparer.Ordinal)];
}
