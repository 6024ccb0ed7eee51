namespace CollectiveAlignment.Methods.Ranked;

/// <summary>
/// Baldwin's method: repeatedly eliminate the candidate with the lowest Borda score among the continuing candidates
/// (recomputed each round) until one remains.
/// </summary>
/// <remarks>
/// The Borda score is the symmetric one: the sum of the candidate's pairwise margins against the other continuing candidates,
/// which ranks exactly as the Borda count with shared points for ties. Tie rule: all candidates tied for the lowest score are
/// eliminated together; if every continuing candidate is tied, they all win (this is not pref_voting's parallel-universe
/// variant, which would be a separate id). Truncation: ballots are read through the profile's pairwise matrix (unranked candidates tied at the bottom by default, or incomparable).
/// Citation: Baldwin, "The technique of Nanson's preferential majority system of election", Proc. Royal Society of Victoria 39
/// (1926) 42-52.
/// </remarks>
[AggregationMethod("baldwin", Version = 1)]
public sealed class Baldwin : IRankedMethod
{
    private static readonly MethodMetadata Meta = new()
    {
        DisplayName = "Baldwin",
        Family = Conventions.Family,
        BallotKind = BallotKind.Ranked,
        Summary = "Repeatedly eliminate the lowest Borda score among continuing candidates.",
        TieRule = Conventions.SimultaneousElimination,
        TruncationRule = Conventions.PairwiseTruncation,
        Citation = "Baldwin, The technique of Nanson's preferential majority system of election, Proc. R. Soc. Victoria 39 (1926) 42-52.",
        Claims = Claims.Make([Axiom.CondorcetWinner, Axiom.CondorcetLoser, Axiom.Pareto, Axiom.MajorityWinner], [Axiom.Monotonicity]),
    };

    /// <inheritdoc />
    public MethodMetadata Metadata => Meta;

    /// <inheritdoc />
    public AggregationResult Aggregate(RankedProfile profile, MethodParameters parameters, CancellationToken cancellationToken = default)
    {
        var m = profile.Matrix;
        return Elimination.Run(
            profile.Candidates.Count,
            active => Tally.MarginBorda(m, active),
            (_, _) => null,
            (active, t) => Tally.Extreme(t, active, max: false),
            w => $"Baldwin elects {Tally.Names(profile.Candidates, w)}.",
            "Borda score (sum of margins)",
            cancellationToken);
    }
}
