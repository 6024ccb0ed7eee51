using System.Globalization;
using CollectiveAlignment.Methods.Proportional.Profiles;

namespace CollectiveAlignment.Methods.Proportional.Committees;

/// <summary>
/// The Method of Equal Shares (Rule X; Peters &amp; Skowron 2020, "Proportionality and the Limits of Welfarism", EC'20).
/// Every voter gets an equal share of the budget (w_v·k/n, a seat costs 1). A candidate is ρ-affordable when its approvers can
/// pay for it with each paying min(remaining budget, ρ·w_v); each round elects the candidate with the smallest ρ, and the
/// approvers pay. When nothing is affordable, the remaining seats are filled by the stated completion rule.
/// </summary>
/// <remarks>
/// Ties: lowest candidate index. Satisfies EJR (Peters &amp; Skowron 2020, Thm 4.2) for the committee before completion.
/// </remarks>
public static class EqualShares
{
    private const double Tolerance = 1e-12;

    /// <summary>Selects the committee.</summary>
    /// <param name="profile">The ballots.</param>
    /// <param name="k">Committee size.</param>
    /// <param name="completion">How to fill seats once nothing is affordable.</param>
    /// <returns>The committee, in selection order (completion seats last).</returns>
    public static CommitteeResult Select(ApprovalProfile profile, int k, EqualSharesCompletion completion = EqualSharesCompletion.AddOneThenUtilitarian)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, profile.CandidateCount);
        var (members, explanation, tie) = Run(profile, k, k);
        var virtualSeats = k;
        if (completion == EqualSharesCompletion.AddOneThenUtilitarian && members.Count < k && profile.BallotCount > 0)
        {
            // Once every voter's budget reaches one seat's price, any approved candidate is affordable: no need to go further.
            var minWeight = Enumerable.Range(0, profile.BallotCount).Min(profile.Weight);
            var limit = k + (int)Math.Ceiling(profile.TotalWeight / minWeight) + 1;
            for (var kPrime = k + 1; kPrime <= limit && members.Count < k; kPrime++)
            {
                var attempt = Run(profile, k, kPrime);
                if (attempt.Members.Count > k)
                {
                    break;
                }

                (members, explanation, tie) = attempt;
                virtualSeats = kPrime;
            }

            if (virtualSeats > k)
            {
                explanation.Insert(0, $"Add-one completion: budgets raised as if {virtualSeats} seats were filled (the largest that still elects at most {k}).");
            }
        }

        if (members.Count < k)
        {
            var scores = profile.ApprovalScores();
            var rest = Enumerable.Range(0, profile.CandidateCount)
                .Where(c => !members.Contains(c))
                .OrderByDescending(c => scores[c])
                .ThenBy(c => c)
                .Take(k - members.Count)
                .ToList();
            foreach (var c in rest)
            {
                explanation.Add(string.Create(CultureInfo.InvariantCulture, $"Utilitarian completion: candidate {c} (approval score {scores[c]:G6})."));
            }

            members.AddRange(rest);
        }

        return new CommitteeResult
        {
            Members = members,
            PavScore = Harmonic.PavScore(profile, members),
            TieBroken = tie,
            Explanation = explanation,
        };
    }

    /// <summary>One MES run with per-voter budget w_v·virtualSeats/n and seat price 1; stops when nothing is affordable.</summary>
    private static (List<int> Members, List<string> Explanation, bool Tie) Run(ApprovalProfile profile, int k, int virtualSeats)
    {
        var n = profile.TotalWeight;
        var budget = new double[profile.BallotCount];
        for (var v = 0; v < budget.Length; v++)
        {
            budget[v] = profile.Weight(v) * virtualSeats / n;
        }

        var approvers = new List<int>[profile.CandidateCount];
        for (var c = 0; c < approvers.Length; c++)
        {
            approvers[c] = [];
        }

        for (var v = 0; v < profile.BallotCount; v++)
        {
            foreach (var c in profile.Approved(v))
            {
                approvers[c].Add(v);
            }
        }

        var members = new List<int>();
        var explanation = new List<string>();
        var chosen = new bool[profile.CandidateCount];
        var tie = false;
        // With more virtual seats than k the run may overshoot; the caller discards such a run, so stop just past k.
        while (members.Count <= k)
        {
            var best = -1;
            var bestRho = double.PositiveInfinity;
            for (var c = 0; c < profile.CandidateCount; c++)
            {
                if (chosen[c])
                {
                    continue;
                }

                var rho = Rho(approvers[c], budget, profile);
                if (rho < bestRho - Tolerance)
                {
                    best = c;
                    bestRho = rho;
                }
                else if (best >= 0 && !double.IsPositiveInfinity(rho) && Math.Abs(rho - bestRho) <= Tolerance)
                {
                    tie = true;
                }
            }

            if (best < 0)
            {
                break;
            }

            chosen[best] = true;
            members.Add(best);
            foreach (var v in approvers[best])
            {
                budget[v] = Math.Max(0.0, budget[v] - Math.Min(budget[v], bestRho * profile.Weight(v)));
            }

            explanation.Add(string.Create(CultureInfo.InvariantCulture, $"Candidate {best} is bought; each approver pays up to {bestRho:G6} per unit of weight."));
        }

        return (members, explanation, tie);
    }

    /// <summary>The smallest ρ with Σ_v min(b_v, ρ·w_v) = 1 over the approvers, or +∞ when they cannot afford the seat.</summary>
    private static double Rho(List<int> voters, double[] budget, ApprovalProfile profile)
    {
        var total = 0.0;
        var weight = 0.0;
        foreach (var v in voters)
        {
            total += budget[v];
            weight += profile.Weight(v);
        }

        if (voters.Count == 0 || total < 1.0 - Tolerance)
        {
            return double.PositiveInfinity;
        }

        // Voters run out of money in order of budget per unit weight; the rest share what remains equally per unit weight.
        var ordered = voters.OrderBy(v => budget[v] / profile.Weight(v)).ThenBy(v => v).ToList();
        var remainingCost = 1.0;
        foreach (var v in ordered)
        {
            var rho = remainingCost / weight;
            if (budget[v] / profile.Weight(v) >= rho - Tolerance)
            {
                return rho;
            }

            remainingCost -= budget[v];
            weight -= profile.Weight(v);
        }

        return double.PositiveInfinity;
    }
}
