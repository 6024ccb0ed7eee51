namespace CollectiveAlignment.Aggregation.Results;

/// <summary>Writes <see cref="ScoreTallyExplanation"/> as <c>score-tally</c>: <c>higherIsBetter</c>, <c>scoreName</c>, <c>scores</c> by name.</summary>
public sealed class ScoreTallyExplanationWriter : ExplanationWriter<ScoreTallyExplanation>
{
    /// <inheritdoc />
    public override string Kind => "score-tally";

    /// <inheritdoc />
    protected override void Write(ScoreTallyExplanation explanation, CanonicalJsonObject json)
    {
        json.Add("higherIsBetter", explanation.HigherIsBetter);
        json.Add("scoreName", explanation.ScoreName);
        json.AddByCandidate("scores", explanation.Scores);
    }
}
