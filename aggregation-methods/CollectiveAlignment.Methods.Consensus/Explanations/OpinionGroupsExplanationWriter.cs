using CollectiveAlignment.Aggregation.Results;

namespace CollectiveAlignment.Methods.Consensus.Explanations;

/// <summary>
/// Writes <see cref="OpinionGroupsExplanation"/> as <c>opinion-groups</c>: <c>ballots</c> (<c>count</c>, <c>group</c>,
/// <c>x</c>, <c>y</c>), <c>consensus</c> by statement, and <c>groups</c> (<c>representatives</c>, <c>size</c>).
/// </summary>
public sealed class OpinionGroupsExplanationWriter : ExplanationWriter<OpinionGroupsExplanation>
{
    /// <inheritdoc />
    public override string Kind => "opinion-groups";

    /// <inheritdoc />
    protected override void Write(OpinionGroupsExplanation explanation, CanonicalJsonObject json)
    {
        json.AddObjects("ballots", explanation.Ballots, (o, b) =>
        {
            o.AddInteger("count", b.Count);
            o.AddInteger("group", b.Group);
            o.AddNumber("x", b.X);
            o.AddNumber("y", b.Y);
        });
        json.AddByCandidate("consensus", explanation.Consensus);
        json.AddObjects("groups", explanation.Groups, (o, g) =>
        {
            o.AddObjects("representatives", g.Representatives, (r, rep) =>
            {
                r.Add("agree", rep.Agree);
                r.AddNumber("probability", rep.Probability);
                r.AddNumber("repness", rep.Repness);
                r.AddNumber("repnessTest", rep.RepnessTest);
                r.AddCandidate("statement", rep.Statement);
            });
            o.AddInteger("size", g.Size);
        });
    }
}
