using CollectiveAlignment.Aggregation.Results;

namespace ExamplePlugin;

/// <summary>
/// A plug-in's own explanation kind: the points each ballot position is worth, and every candidate's total. The attribute
/// names its writer, which is all the SDK needs to put it into canonical JSON.
/// </summary>
[ExplanationWriter(typeof(PositionPointsExplanationWriter))]
public sealed record PositionPointsExplanation : Explanation
{
    /// <summary>Creates the explanation.</summary>
    public PositionPointsExplanation(string summary, IReadOnlyList<double> points, IReadOnlyList<double> scores)
        : base(summary)
    {
        Points = points;
        Scores = scores;
    }

    /// <summary>Points for positions 1, 2, …; later positions score nothing.</summary>
    public IReadOnlyList<double> Points { get; }

    /// <summary>Each candidate's total, by candidate index.</summary>
    public IReadOnlyList<double> Scores { get; }
}
