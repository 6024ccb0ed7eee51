namespace CollectiveAlignment.Aggregation.Results;

/// <summary>A score per candidate (points, approvals, Copeland score…); <see cref="ScoreName"/> says which.</summary>
[ExplanationWriter(typeof(ScoreTallyExplanationWriter))]
public sealed record ScoreTallyExplanation : Explanation
{
    /// <summary>Creates the explanation.</summary>
    public ScoreTallyExplanation(string summary, string scoreName, bool higherIsBetter, IReadOnlyList<double> scores)
        : base(summary)
    {
        ScoreName = scoreName;
        HigherIsBetter = higherIsBetter;
        Scores = scores;
    }

    /// <summary>What the score counts, e.g. "Borda points".</summary>
    public string ScoreName { get; }

    /// <summary>True when a higher score is better.</summary>
    public bool HigherIsBetter { get; }

    /// <summary>The score of each candidate, by index.</summary>
    public IReadOnlyList<double> Scores { get; }
}
