namespace CollectiveAlignment.Aggregation.Results;

/// <summary>
/// Writes <see cref="EliminationRoundsExplanation"/> as <c>elimination-rounds</c>: <c>rounds</c> (each with <c>eliminated</c>
/// and the <c>tallies</c> of the candidates still in, by name) and <c>tallyName</c>.
/// </summary>
public sealed class EliminationRoundsExplanationWriter : ExplanationWriter<EliminationRoundsExplanation>
{
    /// <inheritdoc />
    public override string Kind => "elimination-rounds";

    /// <inheritdoc />
    protected override void Write(EliminationRoundsExplanation explanation, CanonicalJsonObject json)
    {
        json.AddObjects("rounds", explanation.Rounds, (o, round) =>
        {
            o.AddCandidateSet("eliminated", round.Eliminated);
            o.AddByCandidate("tallies", round.Tallies);
        });
        json.Add("tallyName", explanation.TallyName);
    }
}
