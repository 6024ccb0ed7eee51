namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Coombs' method: if a continuing candidate has more than half of the first preferences, it wins; otherwise eliminate the
/// candidate ranked last by the most ballots, and repeat.
/// </summary>
/// <remarks>
/// Tie rule: all candidates tied for the most last places are eliminated together; if that would eliminate every continuing
/// candidate, they all win. Truncation: first preferences as in instant-runoff; for last places the unranked continuing
/// candidates, when there are any, form the bottom tier and share the ballot's last place.
/// Citation: Coombs, A Theory of Data, Wiley (1964); Grofman and Feld, "If you like the alternative vote (a.k.a. the instant
/// runoff), then you ought to know about the Coombs rule", Electoral Studies 23 (2004). <see href="https://doi.org/10.1016/j.electstud.2003.08.001"/>
/// </remarks>
[AggregationMethod("coombs", Version = 1)]
public sealed class Coombs : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Coombs",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "Eliminate the candidate with most last places until one has a majority of first preferences.",
        TieRule = Conventions.SimultaneousElimination,
        TruncationRule = "First preferences as in instant-runoff; unranked continuing candidates form the bottom tier and share the last place.",
        Citation = "Coombs, A Theory of Data (1964); Grofman and Feld, Electoral Studies 23 (2004) 641-659.",
        Claims = Claims.Make([Axiom.MajorityWinner], [Axiom.CondorcetWinner, Axiom.Monotonicity]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var cursor = new int[profile.Store.Count];
        return Elimination.Run(
            profile.Candidates.Count,
            active => Tally.FirstPreferences(profile, active, cursor),
            (active, t) =>
            {
                var total = t.Sum();
                var top = Tally.Extreme(t, active, max: true);
                return top.Count == 1 && t[top[0]] > total / 2 ? top : null;
            },
            (active, _) =>
            {
                var last = Tally.LastPlaces(profile, active);
                return Tally.Extreme(last, active, max: true);
            },
            w => $"Coombs elects {Tally.Names(profile.Candidates, w)}.",
            "first preferences",
            cancellationToken);
    }
}
