using CollectiveAlignment.Methods.Proportional.Profiles;

namespace CollectiveAlignment.Methods.Proportional.Axioms;

/// <summary>
/// Exact checks of JR, PJR and EJR for a committee W of size k over voters of total weight n
/// (Aziz et al. 2017, "Justified representation in approval-based committee voting", Soc. Choice Welf. 48;
/// Sánchez-Fernández et al. 2017, "Proportional justified representation", AAAI).
/// A group S is ℓ-cohesive when w(S) ≥ ℓ·n/k and its members approve ℓ common candidates.
/// <list type="bullet">
/// <item>EJR: every ℓ-cohesive group has a member with ≥ ℓ approved members of W.</item>
/// <item>PJR: every ℓ-cohesive group has ≥ ℓ members of W approved by at least one of its members.</item>
/// <item>JR: the ℓ = 1 case of both.</item>
/// </list>
/// </summary>
/// <remarks>
/// <para>Exactness. For EJR it suffices to look, for each set T of ℓ candidates, at all voters approving T with fewer than ℓ
/// approved members: any violating group is inside that set, and that set is itself violating when heavy enough. For PJR, a
/// violating group S covers at most ℓ−1 members of W, so S lies within {v approves T : A_v ∩ W ⊆ W'} for some W' ⊆ W with
/// |W'| = ℓ−1, and that set is itself violating when heavy enough. Both enumerate C(m, ℓ) sets T (times C(k, ℓ−1) sets W' for
/// PJR), so they run only below <see cref="MaxWork"/> and report <see cref="AxiomStatus.Unknown"/> otherwise.</para>
/// <para>JR is always checked (polynomial: some unelected candidate approved by weight ≥ n/k of voters with no approved member).</para>
/// </remarks>
public static class JustifiedRepresentation
{
    /// <summary>Upper bound on enumerated (T, W′) pairs, times ballots, for the exact PJR/EJR checks.</summary>
    public const long MaxWork = 200_000_000;

    private const double Tolerance = 1e-9;

    /// <summary>Checks all three axioms.</summary>
    /// <param name="profile">The ballots.</param>
    /// <param name="committee">The committee (its size is k).</param>
    /// <returns>The report.</returns>
    public static RepresentationReport Check(ApprovalProfile profile, IReadOnlyCollection<int> committee)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(committee);
        var w = new HashSet<int>(committee);
        var k = w.Count;
        if (k == 0)
        {
            return new RepresentationReport(AxiomCheck.Satisfied, AxiomCheck.Satisfied, AxiomCheck.Satisfied);
        }

        var sets = profile.BallotCount == 0 ? [] : Enumerable.Range(0, profile.BallotCount).Select(v => profile.Approved(v).ToHashSet()).ToArray();
        var satisfaction = sets.Select(s => s.Count(w.Contains)).ToArray();
        var quota = profile.TotalWeight / k;

        var jr = CheckEjr(profile, sets, satisfaction, quota, 1);
        var ejr = jr.Status == AxiomStatus.Violated ? jr : AxiomCheck.Satisfied;
        for (var level = 2; level <= k && ejr.Status == AxiomStatus.Satisfied; level++)
        {
            if ((double)Binomial(profile.CandidateCount, level) * profile.BallotCount > MaxWork)
            {
                ejr = AxiomCheck.Unknown;
                break;
            }

            ejr = CheckEjr(profile, sets, satisfaction, quota, level);
        }

        // EJR implies PJR, so PJR needs its own search only when EJR failed or was not decided.
        var pjr = ejr.Status == AxiomStatus.Satisfied ? AxiomCheck.Satisfied : jr.Status == AxiomStatus.Violated ? jr : CheckPjr(profile, sets, w, quota, k);
        return new RepresentationReport(jr.Status == AxiomStatus.Violated ? jr : AxiomCheck.Satisfied, pjr, ejr);
    }

    private static AxiomCheck CheckEjr(ApprovalProfile profile, HashSet<int>[] sets, int[] satisfaction, double quota, int level)
    {
        AxiomCheck? found = null;
        ForEachSubset(profile.CandidateCount, level, t =>
        {
            var weight = 0.0;
            for (var v = 0; v < sets.Length; v++)
            {
                if (satisfaction[v] < level && t.All(sets[v].Contains))
                {
                    weight += profile.Weight(v);
                }
            }

            if (weight >= (level * quota) - Tolerance)
            {
                found = new AxiomCheck(AxiomStatus.Violated, level, [.. t], weight);
                return false;
            }

            return true;
        });
        return found ?? AxiomCheck.Satisfied;
    }

    private static AxiomCheck CheckPjr(ApprovalProfile profile, HashSet<int>[] sets, HashSet<int> w, double quota, int k)
    {
        var members = w.Order().ToArray();
        for (var level = 2; level <= k; level++)
        {
            if ((double)Binomial(profile.CandidateCount, level) * Binomial(k, level - 1) * profile.BallotCount > MaxWork)
            {
                return AxiomCheck.Unknown;
            }

            AxiomCheck? found = null;
            ForEachSubset(profile.CandidateCount, level, t =>
            {
                var voters = Enumerable.Range(0, sets.Length).Where(v => t.All(sets[v].Contains)).ToArray();
                if (voters.Sum(profile.Weight) < (level * quota) - Tolerance)
                {
                    return true;
                }

                ForEachSubset(members.Length, level - 1, chosen =>
                {
                    var allowed = chosen.Select(i => members[i]).ToHashSet();
                    var weight = voters.Where(v => sets[v].Where(w.Contains).All(allowed.Contains)).Sum(profile.Weight);
                    if (weight >= (level * quota) - Tolerance)
                    {
                        found = new AxiomCheck(AxiomStatus.Violated, level, [.. t], weight);
                        return false;
                    }

                    return true;
                });
                return found is null;
            });
            if (found is not null)
            {
                return found;
            }
        }

        return AxiomCheck.Satisfied;
    }

    /// <summary>Calls <paramref name="visit"/> with every size-<paramref name="size"/> subset of 0..n−1 in lexicographic order until it returns false.</summary>
    private static void ForEachSubset(int n, int size, Func<int[], bool> visit)
    {
        if (size > n)
        {
            return;
        }

        var s = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            if (!visit(s))
            {
                return;
            }

            var i = size - 1;
            while (i >= 0 && s[i] == n - size + i)
            {
                i--;
            }

            if (i < 0)
            {
                return;
            }

            s[i]++;
            for (var j = i + 1; j < size; j++)
            {
                s[j] = s[j - 1] + 1;
            }
        }
    }

    private static long Binomial(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }

        long result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
            if (result > MaxWork)
            {
                return MaxWork + 1;
            }
        }

        return result;
    }
}
