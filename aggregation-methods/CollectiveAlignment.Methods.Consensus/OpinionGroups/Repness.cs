namespace CollectiveAlignment.Methods.Consensus.OpinionGroups;

/// <summary>
/// Polis's representativeness statistics and selection rules (<c>repness.clj</c>, <c>stats.clj</c>), written from the
/// formulas in docs/formulas/consensus.md §1.
/// </summary>
internal static class Repness
{
    /// <summary>Smoothed probability (x+1)/(n+2): Laplace's rule of succession, so a statement seen once is not "100%".</summary>
    public static double Prob(int successes, int n) => (successes + 1.0) / (n + 2.0);

    /// <summary>Polis's one-proportion test against ½: 2·√(n+1)·((x+1)/(n+1) − ½).</summary>
    public static double PropTest(int successes, int n) => 2.0 * Math.Sqrt(n + 1.0) * (((successes + 1.0) / (n + 1.0)) - 0.5);

    /// <summary>
    /// Polis's two-proportion z-test with a pseudo-count of 1 added to every argument; 0 when the pooled proportion is 1.
    /// </summary>
    public static double TwoPropTest(int s1, int s2, int n1, int n2)
    {
        double a1 = s1 + 1, a2 = s2 + 1, m1 = n1 + 1, m2 = n2 + 1;
        var p1 = a1 / m1;
        var p2 = a2 / m2;
        var pooled = (a1 + a2) / (m1 + m2);
        if (pooled >= 1.0)
        {
            return 0.0;
        }

        return (p1 - p2) / Math.Sqrt(pooled * (1 - pooled) * ((1 / m1) + (1 / m2)));
    }

    public static GroupStatementStats Stats(int statement, int na, int nd, int ns, int naRest, int ndRest, int nsRest)
    {
        var pa = Prob(na, ns);
        var pd = Prob(nd, ns);
        return new GroupStatementStats(
            statement,
            na,
            nd,
            ns,
            pa,
            pd,
            PropTest(na, ns),
            PropTest(nd, ns),
            pa / Prob(naRest, nsRest),
            pd / Prob(ndRest, nsRest),
            TwoPropTest(na, naRest, ns, nsRest),
            TwoPropTest(nd, ndRest, ns, nsRest));
    }

    /// <summary>
    /// Selects a group's representative statements: those where the group is significantly more in agreement (or
    /// disagreement) than the rest and significantly away from ½ itself; top <paramref name="max"/> by metric with the
    /// "best agree" statement first, then agrees before disagrees; if none pass, the best agree, else the best by test.
    /// </summary>
    public static List<RepresentativeStatement> Select(IReadOnlyList<GroupStatementStats> stats, IReadOnlyList<string> ids, double z, int max)
    {
        var passing = new List<RepresentativeStatement>();
        GroupStatementStats? bestAgree = null;
        foreach (var s in stats)
        {
            if ((s.RepnessAgreeTest > z && s.PAgreeTest > z) || (s.RepnessDisagreeTest > z && s.PDisagreeTest > z))
            {
                passing.Add(ToRep(s, ids, isBestAgree: false));
            }

            if (BeatsBestAgree(s, bestAgree, z))
            {
                bestAgree = s;
            }
        }

        if (passing.Count == 0)
        {
            if (bestAgree is not null)
            {
                return [ToRep(bestAgree, ids, isBestAgree: true, forceAgree: true)];
            }

            var byTest = stats
                .OrderByDescending(s => Math.Max(s.RepnessAgreeTest, s.RepnessDisagreeTest))
                .ThenBy(s => s.Statement)
                .FirstOrDefault();
            return byTest is null ? [] : [ToRep(byTest, ids, isBestAgree: false)];
        }

        var top = passing.OrderByDescending(r => r.Metric).ThenBy(r => r.Statement).ToList();
        RepresentativeStatement? best = null;
        if (bestAgree is not null)
        {
            best = ToRep(bestAgree, ids, isBestAgree: true, forceAgree: true);
            top.RemoveAll(r => r.Statement == best.Statement);
        }

        var room = best is null ? max : max - 1;
        top = [.. top.Take(Math.Max(0, room))];
        var ordered = new List<RepresentativeStatement>(max);
        if (best is not null)
        {
            ordered.Add(best);
        }

        ordered.AddRange(top.Where(r => r.Direction == RepnessDirection.Agree));
        ordered.AddRange(top.Where(r => r.Direction == RepnessDirection.Disagree));
        return ordered;
    }

    /// <summary>
    /// Polis's "best agree" rule (<c>beats-best-agr?</c>): a statement with no agree votes never qualifies; against a current
    /// best whose ra exceeds 1 compare ra·rat·pa·pat; against any other current best compare pa·pat; the first candidate
    /// must have a significant rat or (ra &gt; 1 and pa &gt; ½).
    /// </summary>
    private static bool BeatsBestAgree(GroupStatementStats s, GroupStatementStats? current, double z)
    {
        if (s.Agrees == 0)
        {
            return false;
        }

        if (current is not null && current.RepnessAgree > 1.0)
        {
            return s.RepnessAgree * s.RepnessAgreeTest * s.PAgree * s.PAgreeTest >
                   current.RepnessAgree * current.RepnessAgreeTest * current.PAgree * current.PAgreeTest;
        }

        if (current is not null)
        {
            return s.PAgree * s.PAgreeTest > current.PAgree * current.PAgreeTest;
        }

        return s.RepnessAgreeTest > z || (s.RepnessAgree > 1.0 && s.PAgree > 0.5);
    }

    private static RepresentativeStatement ToRep(GroupStatementStats s, IReadOnlyList<string> ids, bool isBestAgree, bool forceAgree = false)
    {
        var agree = forceAgree || s.RepnessAgreeTest > s.RepnessDisagreeTest;
        return agree
            ? new RepresentativeStatement(s.Statement, ids[s.Statement], RepnessDirection.Agree, s.PAgree, s.PAgreeTest, s.RepnessAgree, s.RepnessAgreeTest, s.RepnessAgree * s.RepnessAgreeTest * s.PAgree * s.PAgreeTest, isBestAgree)
            : new RepresentativeStatement(s.Statement, ids[s.Statement], RepnessDirection.Disagree, s.PDisagree, s.PDisagreeTest, s.RepnessDisagree, s.RepnessDisagreeTest, s.RepnessDisagree * s.RepnessDisagreeTest * s.PDisagree * s.PDisagreeTest, isBestAgree);
    }
}
