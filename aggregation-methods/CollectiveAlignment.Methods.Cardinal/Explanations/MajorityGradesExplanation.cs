namespace CollectiveAlignment.Methods.Cardinal.Explanations;

/// <summary>Majority judgment: each candidate's median grade and gauge.</summary>
[ExplanationWriter(typeof(MajorityGradesExplanationWriter))]
public sealed record MajorityGradesExplanation : Explanation
{
    /// <summary>Creates the explanation.</summary>
    public MajorityGradesExplanation(string summary, IReadOnlyList<MajorityGrade> grades)
        : base(summary) => Grades = grades;

    /// <summary>The gauge of each candidate, by index.</summary>
    public IReadOnlyList<MajorityGrade> Grades { get; }
}
