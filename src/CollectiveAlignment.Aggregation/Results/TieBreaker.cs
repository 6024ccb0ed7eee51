using System.Globalization;
using CollectiveAlignment.Randomness;

namespace CollectiveAlignment.Aggregation.Results;

/// <summary>
/// The deterministic, documented tie-breaker: a separate, optional step after aggregation, so methods always report the full
/// tied set and a caller decides whether (and how) to pick one.
/// </summary>
public static class TieBreaker
{
    /// <summary>Picks the tied winner that comes first in <paramref name="priority"/> (a permutation of all candidates).</summary>
    /// <exception cref="ArgumentException">The priority is not a permutation, or the result has no winner.</exception>
    public static TieBreak ByPriority(AggregationResult result, IReadOnlyList<int> priority, string rule = "fixed candidate priority order")
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(priority);
        if (result.Winners.Count == 0)
        {
            throw new ArgumentException("There is no winner to choose from.", nameof(result));
        }

        if (!priority.Order().SequenceEqual(Enumerable.Range(0, priority.Count)))
        {
            throw new ArgumentException("The priority must be a permutation of the candidate indices.", nameof(priority));
        }

        var winner = priority.First(result.Winners.Contains);
        return new TieBreak(winner, result.Winners, priority, rule);
    }

    /// <summary>Picks by candidate index order (the order candidates appear in the file).</summary>
    public static TieBreak ByCandidateOrder(AggregationResult result, int candidateCount) =>
        ByPriority(result, [.. Enumerable.Range(0, candidateCount)], "first in candidate (file) order");

    /// <summary>
    /// Picks by a priority order drawn from <paramref name="seed"/> with SplitMix64 (<see cref="SeededRandom.FromSeed"/>) and a
    /// Fisher–Yates shuffle from the back, position i swapping with <c>word mod (i + 1)</c>; publish the seed (e.g. a public
    /// lottery draw) so anyone can recompute the choice.
    /// </summary>
    public static TieBreak BySeed(AggregationResult result, int candidateCount, ulong seed)
    {
        var order = Enumerable.Range(0, candidateCount).ToArray();
        var random = SeededRandom.FromSeed(seed);
        for (var i = order.Length - 1; i > 0; i--)
        {
            // Plain modulo, not SeededRandom.NextInt's rejection: published seeds already name orders drawn this way, and
            // the bias is below (i + 1) / 2^64.
            var j = (int)(random.NextWord() % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }

        return ByPriority(result, order, "priority order from SplitMix64 seed " + seed.ToString(CultureInfo.InvariantCulture));
    }
}
