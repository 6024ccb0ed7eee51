namespace CollectiveAlignment.Methods.Consensus.Explanations;

/// <summary>A statement that sets an opinion group apart from the rest of the room (Polis "repness").</summary>
/// <param name="Statement">The statement (candidate index).</param>
/// <param name="Agree">True when the group agrees more than the others; false when it disagrees more.</param>
/// <param name="Probability">The smoothed in-group probability of that vote.</param>
/// <param name="Repness">In-group probability over rest-of-room probability.</param>
/// <param name="RepnessTest">The two-proportion z statistic of that difference.</param>
public sealed record GroupRepresentative(int Statement, bool Agree, double Probability, double Repness, double RepnessTest);
