using System.Globalization;
using CollectiveAlignment.Methods.Proportional.Profiles;

namespace CollectiveAlignment.Methods.Proportional.Committees;

/// <summary>
/// Sequential PAV (Thiele's greedy method): k rounds, each adding the candidate with the largest marginal PAV gain
/// Σ_{v approves c} w_v / (1 + |A_v ∩ W|).
/// </summary>
/// <remarks>
/// Ties: lowest candidate index. Satisfies JR but not PJR/EJR in general (Lackner &amp; Skowron 2023, §4.2, Table 4.1).
/// Citation: Thiele 1895; Lackner &amp; Skowron 2023, "Multi-Winner Voting with Approval Preferences", §2.3.
/// </remarks>
public static class SequentialPav
{
    /// <summary>Selects the committee.</summary>
    /// <param name="profile">The ballots.</param>
    /// <param name="k">Committee size.</param>
    /// <returns>The committee, in selection order.</returns>
    public static CommitteeResult Select(ApprovalProfile profile, int k)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, profile.CandidateCount);
        var satisfied = new int[profile.BallotCount];
        var chosen = new bool[profile.CandidateCount];
        var members = new List<int>(k);
        var explanation = new List<string>(k);
        var tieBroken = false;
        for (var round = 0; round < k; round++)
        {
            var gain = new double[profile.CandidateCount];
            for (var v = 0; v < profile.BallotCount; v++)
            {
                var add = profile.Weight(v) / (1 + satisfied[v]);
                foreach (var c in profile.Approved(v))
                {
                    gain[c] += add;
                }
            }

            var best = -1;
            for (var c = 0; c < gain.Length; c++)
            {
                if (chosen[c])
                {
                    continue;
                }

                if (best < 0 || gain[c] > gain[best] + Harmonic.Epsilon)
                {
                    best = c;
                }
                else if (Math.Abs(gain[c] - gain[best]) <= Harmonic.Epsilon)
                {
                    tieBroken = true;
                }
            }

            chosen[best] = true;
            members.Add(best);
            explanation.Add(string.Create(CultureInfo.InvariantCulture, $"Round {round + 1}: candidate {best} adds {gain[best]:G6} to the PAV score."));
            for (var v = 0; v < profile.BallotCount; v++)
            {
                if (profile.Approved(v).Contains(best))
                {
                    satisfied[v]++;
                }
            }
        }

        return new CommitteeResult
        {
            Members = members,
            PavScore = Harmonic.PavScore(profile, members),
            TieBroken = tieBroken,
            Explanation = explanation,
        };
    }
}
