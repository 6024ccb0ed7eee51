namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Plurality with runoff (two-round system, run on the ranked ballots): the two candidates with the most first preferences go
/// to a runoff, which the one ranked higher on more ballots wins.
/// </summary>
/// <remarks>
/// Tie rule: if several candidates tie for first, they are all finalists; otherwise the leader and every candidate tied for
/// second are finalists. The runoff counts each ballot for its best tier among the finalists (split equally); every finalist
/// with the most runoff votes wins. Truncation: a ballot ranking no finalist does not count in the runoff.
/// Citation: Zwicker, Introduction to the Theory of Voting, Handbook of Computational Social Choice (2016), ch. 2;
/// pref_voting's plurality_with_runoff_put uses the same finalist rule.
/// </remarks>
[AggregationMethod("plurality-with-runoff", Version = 1)]
public sealed class PluralityWithRunoff : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Plurality with runoff",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "The top two by first preferences meet in a runoff decided by the ballots' preferences between them.",
        TieRule = "All candidates tied for first (or the leader and all tied for second) are finalists; all finalists with the most runoff votes win.",
        TruncationRule = Conventions.FirstPreferenceTruncation,
        Citation = "Zwicker, Introduction to the Theory of Voting, Handbook of Computational Social Choice (2016), ch. 2.",
        Claims = Claims.Make([Axiom.MajorityWinner, Axiom.Pareto], [Axiom.CondorcetWinner, Axiom.Monotonicity]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var n = profile.Candidates.Count;
        var all = Enumerable.Repeat(true, n).ToArray();
        var first = Tally.FirstPreferences(profile, all);
        var leaders = Tally.Extreme(first, all, max: true);
        var finalists = new HashSet<int>(leaders);
        if (leaders.Count == 1 && n > 1)
        {
            var rest = all.Select((_, c) => c != leaders[0]).ToArray();
            finalists.UnionWith(Tally.Extreme(first, rest, max: true));
        }

        var inRunoff = all.Select((_, c) => finalists.Contains(c)).ToArray();
        var runoff = Tally.FirstPreferences(profile, inRunoff);
        var winners = Tally.Extreme(runoff, inRunoff, max: true);
        var rounds = new[]
        {
            new EliminationRound(Tally.Snapshot(first, all), [.. Enumerable.Range(0, n).Where(c => !inRunoff[c])]),
            new EliminationRound(Tally.Snapshot(runoff, inRunoff), []),
        };
        return new AggregationResult(winners, new EliminationRoundsExplanation(
            $"Finalists {Tally.Names(profile.Candidates, finalists.Order())}; the runoff elects {Tally.Names(profile.Candidates, winners)}.", "votes", rounds));
    }
}
