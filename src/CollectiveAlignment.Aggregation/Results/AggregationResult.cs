namespace CollectiveAlignment.Aggregation.Results;

/// <summary>
/// The outcome of one aggregation: the winner <em>set</em> (every tied winner; empty only when there are no candidates),
/// a ranking (tiers, best first) and scores where the method defines them, and an explanation.
/// </summary>
public sealed class AggregationResult
{
    /// <summary>Creates a result; winners are sorted and must be distinct.</summary>
    /// <exception cref="ArgumentException">Winners repeat, or the ranking's first tier differs from the winners.</exception>
    public AggregationResult(IEnumerable<int> winners, Explanation explanation, IReadOnlyList<IReadOnlyList<int>>? ranking = null, IReadOnlyList<double>? scores = null)
    {
        ArgumentNullException.ThrowIfNull(winners);
        ArgumentNullException.ThrowIfNull(explanation);
        var w = winners.Order().ToArray();
        if (w.Distinct().Count() != w.Length)
        {
            throw new ArgumentException("A winner appears twice.", nameof(winners));
        }

        if (ranking is { Count: > 0 } && !ranking[0].Order().SequenceEqual(w))
        {
            throw new ArgumentException("The first tier of the ranking must be the winner set.", nameof(ranking));
        }

        Winners = w;
        Explanation = explanation;
        Ranking = ranking?.Select(t => (IReadOnlyList<int>)[.. t.Order()]).ToArray();
        Scores = scores;
    }

    /// <summary>Every winner, ascending by candidate index.</summary>
    public IReadOnlyList<int> Winners { get; }

    /// <summary>Tiers of candidates, best first, when the method defines a ranking.</summary>
    public IReadOnlyList<IReadOnlyList<int>>? Ranking { get; }

    /// <summary>A score per candidate, when the method defines one.</summary>
    public IReadOnlyList<double>? Scores { get; }

    /// <summary>Why these winners.</summary>
    public Explanation Explanation { get; }

    /// <summary>A result with no candidates: empty winners and ranking.</summary>
    public static AggregationResult Empty(string summary) => new([], new ScoreTallyExplanation(summary, "none", true, []), [], []);

    /// <summary>
    /// A result ranked by scores: winners are all candidates with the best score, the ranking groups equal scores.
    /// </summary>
    public static AggregationResult FromScores(IReadOnlyList<double> scores, bool higherIsBetter, Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var ranking = TiersByScore(scores, higherIsBetter);
        return new AggregationResult(ranking.Count == 0 ? [] : ranking[0], explanation, ranking, scores);
    }

    /// <summary>Groups candidates into tiers of equal score, best first.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> TiersByScore(IReadOnlyList<double> scores, bool higherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return [.. Enumerable.Range(0, scores.Count)
            // Rounded so sums of split fractions (1/3 + 1/3 …) that differ only in the last bits, because ballots were added in
            // another order, still count as a tie: neutrality and anonymity must not hinge on rounding noise.
            .GroupBy(c => Math.Round(scores[c], 9))
            .OrderBy(g => higherIsBetter ? -g.Key : g.Key)
            .Select(g => (IReadOnlyList<int>)[.. g.Order()])];
    }
}
