namespace CollectiveAlignment.Methods.Consensus.OpinionGroups;

/// <summary>
/// Polis's per-group, per-statement statistics (<c>repness.clj</c>; formulas in docs/formulas/consensus.md §1).
/// </summary>
/// <param name="Statement">Statement index.</param>
/// <param name="Agrees">na: agree votes in the group.</param>
/// <param name="Disagrees">nd: disagree votes in the group.</param>
/// <param name="Seen">ns: votes in the group, passes included.</param>
/// <param name="PAgree">pa = (na+1)/(ns+2).</param>
/// <param name="PDisagree">pd = (nd+1)/(ns+2).</param>
/// <param name="PAgreeTest">pat = 2·√(ns+1)·((na+1)/(ns+1) − ½).</param>
/// <param name="PDisagreeTest">pdt, the same with nd.</param>
/// <param name="RepnessAgree">ra = pa / ((1+Σna_rest)/(2+Σns_rest)).</param>
/// <param name="RepnessDisagree">rd, the same with nd.</param>
/// <param name="RepnessAgreeTest">rat = twoProp(na, Σna_rest, ns, Σns_rest).</param>
/// <param name="RepnessDisagreeTest">rdt, the same with nd.</param>
public sealed record GroupStatementStats(
    int Statement,
    int Agrees,
    int Disagrees,
    int Seen,
    double PAgree,
    double PDisagree,
    double PAgreeTest,
    double PDisagreeTest,
    double RepnessAgree,
    double RepnessDisagree,
    double RepnessAgreeTest,
    double RepnessDisagreeTest);
