namespace CollectiveAlignment.Methods.Consensus.OpinionGroups;

/// <summary>A statement that represents an opinion group, with the figures that qualified it.</summary>
/// <param name="Statement">Statement index.</param>
/// <param name="StatementId">Statement id.</param>
/// <param name="Direction">Agree or disagree.</param>
/// <param name="Probability">pa or pd (the smoothed in-group probability).</param>
/// <param name="ProbabilityTest">pat or pdt.</param>
/// <param name="Repness">ra or rd (in-group over rest-of-room probability).</param>
/// <param name="RepnessTest">rat or rdt (two-proportion z).</param>
/// <param name="Metric">Repness · RepnessTest · Probability · ProbabilityTest, the sort key.</param>
/// <param name="IsBestAgree">Whether this is the group's "best agree" statement, which Polis always shows first.</param>
public sealed record RepresentativeStatement(
    int Statement,
    string StatementId,
    RepnessDirection Direction,
    double Probability,
    double ProbabilityTest,
    double Repness,
    double RepnessTest,
    double Metric,
    bool IsBestAgree);
