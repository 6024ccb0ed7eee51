namespace CollectiveAlignment.Methods.Proportional.Committees;

/// <summary>How <see cref="EqualShares"/> fills seats left empty when no candidate is affordable any more.</summary>
public enum EqualSharesCompletion
{
    /// <summary>
    /// "Add-one" then utilitarian (Peters, Pierczyński &amp; Skowron 2021, §5; the default of pabutools and equalshares.net):
    /// rerun with budgets as if the committee were k+1, k+2, … seats and keep the largest outcome that still fits in k; fill
    /// what remains by approval score.
    /// </summary>
    AddOneThenUtilitarian,

    /// <summary>Fill the remaining seats by approval score (ties: lowest index).</summary>
    Utilitarian,
}
