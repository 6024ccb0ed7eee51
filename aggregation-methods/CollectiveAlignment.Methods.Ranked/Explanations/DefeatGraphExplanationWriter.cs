namespace CollectiveAlignment.Methods.Ranked.Explanations;

/// <summary>
/// Writes <see cref="DefeatGraphExplanation"/> as <c>defeat-graph</c>: <c>defeats</c> (each <c>loser</c>, <c>strength</c>,
/// <c>winner</c>) and <c>margins</c>.
/// </summary>
public sealed class DefeatGraphExplanationWriter : ExplanationWriter<DefeatGraphExplanation>
{
    /// <inheritdoc />
    public override string Kind => "defeat-graph";

    /// <inheritdoc />
    protected override void Write(DefeatGraphExplanation explanation, CanonicalJsonObject json)
    {
        json.AddObjects("defeats", explanation.Defeats, (o, d) =>
        {
            o.AddCandidate("loser", d.Loser);
            o.AddNumber("strength", d.Strength);
            o.AddCandidate("winner", d.Winner);
        });
        json.AddMatrix("margins", explanation.Margins);
    }
}
