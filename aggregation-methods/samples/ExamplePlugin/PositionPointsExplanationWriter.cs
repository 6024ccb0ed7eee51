using CollectiveAlignment.Aggregation.Results;

namespace ExamplePlugin;

/// <summary>Writes <see cref="PositionPointsExplanation"/>: <c>points</c> per position and <c>scores</c> by candidate name.</summary>
public sealed class PositionPointsExplanationWriter : ExplanationWriter<PositionPointsExplanation>
{
    /// <inheritdoc />
    /// <remarks>Prefixed with the plug-in's family, so it cannot collide with another plug-in's kind.</remarks>
    public override string Kind => "example-plugin-position-points";

    /// <inheritdoc />
    protected override void Write(PositionPointsExplanation explanation, CanonicalJsonObject json)
    {
        json.AddNumbers("points", explanation.Points);
        json.AddByCandidate("scores", explanation.Scores);
    }
}
