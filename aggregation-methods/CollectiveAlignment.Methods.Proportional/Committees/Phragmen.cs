using System.Globalization;
using CollectiveAlignment.Methods.Proportional.Profiles;

namespace CollectiveAlignment.Methods.Proportional.Committees;

/// <summary>
/// Phragmén's sequential method (seq-Phragmén): each elected candidate is a unit of load shared by its approvers; each
/// round elects the candidate whose election would leave the smallest maximal load,
/// ℓ_c = (1 + Σ_{v approves c} w_v·x_v) / Σ_{v approves c} w_v, and sets every approver's load to ℓ_c.
/// </summary>
/// <remarks>
/// Ties: lowest candidate index. Candidates nobody approves are elected last (lowest index first) if k exceeds the
/// approved candidates. Satisfies PJR but not EJR (Brill et al. 2017, "Phragmén's voting methods and justified
/// representation", AAAI; Lackner &amp; Skowron 2023, §2.5).
/// </remarks>
public static class Phragmen
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
        var load = new double[profile.BallotCount];
        var chosen = new bool[profile.CandidateCount];
        var members = new List<int>(k);
        var explanation = new List<string>(k);
        var tieBroken = false;
        for (var round = 0; round < k; round++)
        {
            var support = new double[profile.CandidateCount];
            var carried = new double[profile.CandidateCount];
            for (var v = 0; v < profile.BallotCount; v++)
            {
                foreach (var c in profile.Approved(v))
                {
                    support[c] += profile.Weight(v);
                    carried[c] += profile.Weight(v) * load[v];
                }
            }

            var best = -1;
            var bestLoad = double.PositiveInfinity;
            for (var c = 0; c < profile.CandidateCount; c++)
            {
                if (chosen[c])
                {
                    continue;
                }

                var l = support[c] > 0 ? (1 + carried[c]) / support[c] : double.PositiveInfinity;
                if (best < 0 || l < bestLoad - 1e-12)
                {
                    best = c;
                    bestLoad = l;
                }
                else if (Math.Abs(l - bestLoad) <= 1e-12 || (double.IsPositiveInfinity(l) && double.IsPositiveInfinity(bestLoad)))
                {
                    tieBroken |= !double.IsPositiveInfinity(l);
                }
            }

            chosen[best] = true;
            members.Add(best);
            explanation.Add(double.IsPositiveInfinity(bestLoad)
                ? $"Round {round + 1}: no approved candidate left; candidate {best} fills the seat."
                : string.Create(CultureInfo.InvariantCulture, $"Round {round + 1}: candidate {best} is elected with its approvers' load raised to {bestLoad:G6}."));
            if (!double.IsPositiveInfinity(bestLoad))
            {
                for (var v = 0; v < profile.BallotCount; v++)
                {
                    if (profile.Approved(v).Contains(best))
                    {
                        load[v] = bestLoad;
                    }
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
