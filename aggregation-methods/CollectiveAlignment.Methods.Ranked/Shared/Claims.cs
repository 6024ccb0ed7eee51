namespace CollectiveAlignment.Methods.Ranked.Shared;

/// <summary>Builds claim tables; anonymity, neutrality and homogeneity hold for every method in this family by construction.</summary>
internal static class Claims
{
    public static IReadOnlyDictionary<Axiom, Claim> Make(Axiom[] satisfies, Axiom[] violates)
    {
        var claims = new Dictionary<Axiom, Claim>
        {
            [Axiom.Anonymity] = Claim.Satisfies,
            [Axiom.Neutrality] = Claim.Satisfies,
            [Axiom.Homogeneity] = Claim.Satisfies,
        };
        foreach (var a in satisfies)
        {
            claims[a] = Claim.Satisfies;
        }

        foreach (var a in violates)
        {
            claims[a] = Claim.Violates;
        }

        return claims;
    }
}
