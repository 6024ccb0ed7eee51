using System.Globalization;
using System.Numerics;
using CollectiveAlignment.Methods.Proportional.Profiles;

namespace CollectiveAlignment.Methods.Proportional.Committees;

/// <summary>
/// Proportional Approval Voting (Thiele 1895): the committee W of size k maximising Σ_v w_v·(1 + ½ + … + 1/|A_v ∩ W|).
/// Computed exactly by exhaustive search over all C(m, k) committees (PAV is NP-hard, Aziz et al. 2015), so for small
/// instances only; <see cref="SequentialPav"/> is the polynomial approximation.
/// </summary>
/// <remarks>
/// Ties: among optimal committees the lexicographically smallest (by ascending member indices) is returned and
/// <see cref="CommitteeResult.TieBroken"/> is set. Citation: Lackner &amp; Skowron 2023, "Multi-Winner Voting with Approval
/// Preferences", Springer, §2.2; PAV satisfies EJR (Aziz et al. 2017, "Justified representation in approval-based committee
/// voting", Soc. Choice Welf. 48).
/// </remarks>
public static class Pav
{
    /// <summary>The largest number of committees the exhaustive search will examine.</summary>
    public const long MaxCommittees = 20_000_000;

    /// <summary>Finds an optimal PAV committee.</summary>
    /// <param name="profile">The ballots (at most 64 candidates).</param>
    /// <param name="k">Committee size.</param>
    /// <returns>The committee.</returns>
    /// <exception cref="ArgumentException">More than 64 candidates, or more than <see cref="MaxCommittees"/> committees.</exception>
    public static CommitteeResult Exact(ApprovalProfile profile, int k)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var m = profile.CandidateCount;
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, m);
        if (m > 64)
        {
            throw new ArgumentException("Exact PAV supports at most 64 candidates; use SequentialPav.", nameof(profile));
        }

        var combinations = Binomial(m, k);
        if (combinations > MaxCommittees)
        {
            throw new ArgumentException($"C({m}, {k}) = {combinations} committees exceed the exhaustive limit {MaxCommittees}; use SequentialPav.", nameof(k));
        }

        var masks = new ulong[profile.BallotCount];
        for (var v = 0; v < masks.Length; v++)
        {
            foreach (var c in profile.Approved(v))
            {
                masks[v] |= 1UL << c;
            }
        }

        var harmonic = new double[k + 1];
        for (var i = 1; i <= k; i++)
        {
            harmonic[i] = harmonic[i - 1] + (1.0 / i);
        }

        var members = Enumerable.Range(0, k).ToArray();
        var best = double.NegativeInfinity;
        int[] bestMembers = [.. members];
        var ties = 0;
        while (true)
        {
            ulong committee = 0;
            foreach (var c in members)
            {
                committee |= 1UL << c;
            }

            var score = 0.0;
            for (var v = 0; v < masks.Length; v++)
            {
                score += profile.Weight(v) * harmonic[BitOperations.PopCount(masks[v] & committee)];
            }

            if (double.IsNegativeInfinity(best) || score > best + (Harmonic.Epsilon * Math.Max(1.0, Math.Abs(best))))
            {
                best = score;
                bestMembers = [.. members];
                ties = 0;
            }
            else if (Math.Abs(score - best) <= Harmonic.Epsilon * Math.Max(1.0, Math.Abs(best)))
            {
                ties++;
            }

            // Next combination in lexicographic order.
            var i = k - 1;
            while (i >= 0 && members[i] == m - k + i)
            {
                i--;
            }

            if (i < 0)
            {
                break;
            }

            members[i]++;
            for (var j = i + 1; j < k; j++)
            {
                members[j] = members[j - 1] + 1;
            }
        }

        return new CommitteeResult
        {
            Members = bestMembers,
            PavScore = best,
            TieBroken = ties > 0,
            Explanation =
            [
                string.Create(CultureInfo.InvariantCulture, $"Examined all {combinations} committees of size {k}; best PAV score {best:G6}."),
                ties > 0 ? $"{ties} other committee(s) reach the same score; the lexicographically smallest is returned." : "The optimum is unique.",
            ],
        };
    }

    private static long Binomial(int n, int k)
    {
        long result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
            if (result > MaxCommittees * 1000L)
            {
                return result;
            }
        }

        return result;
    }
}
