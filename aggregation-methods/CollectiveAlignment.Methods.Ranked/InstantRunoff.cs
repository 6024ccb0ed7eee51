namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Instant-runoff voting (alternative vote, Hare): count first preferences among continuing candidates; a candidate with more
/// than half of the non-exhausted weight wins; otherwise eliminate the candidate with the fewest and repeat.
/// </summary>
/// <remarks>
/// Tie rule for eliminations: all candidates tied for the fewest votes are eliminated together; if that would eliminate every
/// continuing candidate, they all win. Truncation: a ballot counts for its best continuing tier (split equally) and is exhausted
/// once all its ranked candidates are out.
/// Citation: Hare, The Election of Representatives (1859); Taylor and Pacelli, Mathematics and Politics (2008), ch. 1.
/// </remarks>
[AggregationMethod("instant-runoff", Version = 1)]
public sealed class InstantRunoff : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Instant-runoff voting",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "Repeatedly eliminate the candidate with fewest first preferences until one has a majority of the continuing ballots.",
        TieRule = Conventions.SimultaneousElimination,
        TruncationRule = Conventions.FirstPreferenceTruncation,
        Citation = "Hare, The Election of Representatives (1859); Taylor and Pacelli, Mathematics and Politics, Springer (2008), ch. 1.",
        Claims = Claims.Make([Axiom.MajorityWinner, Axiom.Pareto], [Axiom.CondorcetWinner, Axiom.Monotonicity]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var counter = new IncrementalFirstPreferences(profile);
        return Elimination.Run(
            profile.Candidates.Count,
            counter.Tally,
            (active, t) =>
            {
                var total = t.Sum();
                var top = Tally.Extreme(t, active, max: true);
                return top.Count == 1 && t[top[0]] > total / 2 ? top : null;
            },
            (active, t) => Tally.Extreme(t, active, max: false),
            w => $"Instant-runoff elects {Tally.Names(profile.Candidates, w)}.",
            "first preferences",
            cancellationToken);
    }
}
