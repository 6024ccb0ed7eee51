namespace CollectiveAlignment.Aggregation.Results;

/// <summary>The rounds of an elimination method (instant-runoff, Coombs, Baldwin, Nanson, runoff, Bucklin).</summary>
[ExplanationWriter(typeof(EliminationRoundsExplanationWriter))]
public sealed record EliminationRoundsExplanation : Explanation
{
    /// <summary>Creates the explanation.</summary>
    public EliminationRoundsExplanation(string summary, string tallyName, IReadOnlyList<EliminationRound> rounds)
        : base(summary)
    {
        TallyName = tallyName;
        Rounds = rounds;
    }

    /// <summary>What each round's tally counts, e.g. "first preferences".</summary>
    public string TallyName { get; }

    /// <summary>The rounds in order.</summary>
    public IReadOnlyList<EliminationRound> Rounds { get; }
}
