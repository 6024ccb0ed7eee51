namespace CollectiveAlignment.Methods.Consensus.OpinionGroups;

/// <summary>A statement of a whole-room consensus list (Polis <c>consensus-stats</c>).</summary>
/// <param name="Statement">Statement index.</param>
/// <param name="StatementId">Statement id.</param>
/// <param name="Probability">pa (agree list) or pd (disagree list) over the whole room.</param>
/// <param name="ProbabilityTest">pat or pdt over the whole room.</param>
public sealed record ConsensusStatement(int Statement, string StatementId, double Probability, double ProbabilityTest);
