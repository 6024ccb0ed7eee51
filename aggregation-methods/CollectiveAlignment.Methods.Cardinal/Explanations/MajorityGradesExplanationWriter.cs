namespace CollectiveAlignment.Methods.Cardinal.Explanations;

/// <summary>Writes <see cref="MajorityGradesExplanation"/> as <c>majority-grades</c>: <c>grades</c> by name (<c>median</c>, <c>share</c>, <c>sign</c>).</summary>
public sealed class MajorityGradesExplanationWriter : ExplanationWriter<MajorityGradesExplanation>
{
    /// <inheritdoc />
    public override string Kind => "majority-grades";

    /// <inheritdoc />
    protected override void Write(MajorityGradesExplanation explanation, CanonicalJsonObject json)
    {
        json.AddObject("grades", grades =>
        {
            for (var c = 0; c < explanation.Grades.Count; c++)
            {
                var grade = explanation.Grades[c];
                grades.AddObject(json.Candidates[c], o =>
                {
                    o.AddInteger("median", grade.Median);
                    o.AddNumber("share", grade.Share);
                    o.AddInteger("sign", grade.Sign);
                });
            }
        });
    }
}
