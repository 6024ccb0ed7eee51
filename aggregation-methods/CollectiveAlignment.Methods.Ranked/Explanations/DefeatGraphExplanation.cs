namespace CollectiveAlignment.Methods.Ranked.Explanations;

/// <summary>
/// A defeat relation (Schulze's beat-path defeats, ranked pairs' locked pairs, split-cycle defeats), with the margins it was
/// built from.
/// </summary>
[ExplanationWriter(typeof(DefeatGraphExplanationWriter))]
public sealed record DefeatGraphExplanation : Explanation
{
    /// <summary>Creates the explanation.</summary>
    public DefeatGraphExplanation(string summary, IReadOnlyList<Defeat> defeats, IReadOnlyList<IReadOnlyList<double>> margins)
        : base(summary)
    {
        Defeats = defeats;
        Margins = margins;
    }

    /// <summary>The defeats, in the order the method established them.</summary>
    public IReadOnlyList<Defeat> Defeats { get; }

    /// <summary>The pairwise margins the defeats come from.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Margins { get; }
}
