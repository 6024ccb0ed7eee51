namespace CollectiveAlignment.Methods.Cardinal.Shared;

/// <summary>Claim tables; anonymity, neutrality and homogeneity hold for every method in this family by construction.</summary>
internal static class CardinalClaims
{
    public const string Family = "cardinal";

    public static IReadOnlyDictionary<Axiom, Claim> Make(params Axiom[] satisfies)
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

        return claims;
    }

    /// <summary>Equality up to rounding noise from summing fractional weights in different orders.</summary>
    public static bool Near(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    /// <summary>All indices in <paramref name="among"/> with the maximum value.</summary>
    public static List<int> Max(double[] values, IEnumerable<int> among)
    {
        var list = among.ToList();
        if (list.Count == 0)
        {
            return [];
        }

        var best = list.Max(c => values[c]);
        return [.. list.Where(c => Near(values[c], best))];
    }

    public static string Names(Aggregation.Ballots.CandidateSet candidates, IEnumerable<int> indices) => string.Join(", ", indices.Select(c => candidates[c]));
}
