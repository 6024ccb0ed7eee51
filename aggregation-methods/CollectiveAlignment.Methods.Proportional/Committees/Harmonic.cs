using CollectiveAlignment.Methods.Proportional.Profiles;

namespace CollectiveAlignment.Methods.Proportional.Committees;

/// <summary>Harmonic numbers and the PAV score, shared by the PAV variants.</summary>
internal static class Harmonic
{
    /// <summary>Relative tolerance under which two scores are treated as tied (floating-point sums of 1/k terms).</summary>
    public const double Epsilon = 1e-9;

    public static double Number(int k)
    {
        var h = 0.0;
        for (var i = 1; i <= k; i++)
        {
            h += 1.0 / i;
        }

        return h;
    }

    public static double PavScore(ApprovalProfile profile, IEnumerable<int> committee)
    {
        var set = new HashSet<int>(committee);
        var score = 0.0;
        for (var v = 0; v < profile.BallotCount; v++)
        {
            score += profile.Weight(v) * Number(profile.Approved(v).Count(set.Contains));
        }

        return score;
    }
}
