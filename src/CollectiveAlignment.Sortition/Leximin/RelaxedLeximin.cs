namespace CollectiveAlignment.Sortition;

/// <summary>
/// The leximin point of the panels' linear relaxation: expected type counts <c>e</c> in the polytope
/// <c>Q = {0 &lt;= e_t &lt;= n_t, sum e = k, quota and household rows}</c> whose sorted vector of <c>e_t / n_t</c> is
/// lexicographically maximal. Stage LPs of about as many columns as types, no column generation.
/// </summary>
/// <remarks>
/// <para>Why it matters: every lottery over feasible panels has its expected counts in <c>conv(X) ⊆ Q</c>, X the
/// integer panels. If the leximin point <c>e*</c> of Q lies in <c>conv(X)</c>, it is also the leximin point of
/// <c>conv(X)</c> (nothing in the smaller set beats it, and the leximin point of a convex set is unique), so the whole
/// LEXIMIN problem reduces to writing <c>e*</c> as a lottery over panels (<see cref="Leximin"/>). Quota polytopes of
/// panels with many seats are nearly integral, and on the generated instances <c>e*</c> has always been in
/// <c>conv(X)</c>; when it is not, the decomposition proves that and the staged column generation runs instead.</para>
/// <para>Stages and fixing follow the master LP's rule: a type whose row has dual above 1e-7 is tight in every
/// optimum (complementary slackness) and is fixed at the stage value, less 1e-10 so that round-off cannot make the
/// next stage infeasible; if none qualifies, the one with the largest dual is fixed.</para>
/// </remarks>
internal static class RelaxedLeximin
{
    private const double FixTolerance = 1e-7;
    private const double FixSlack = 1e-10;
    private const double CeilingTolerance = 1e-9;

    /// <summary>Computes the relaxation's leximin point.</summary>
    /// <param name="problem">The instance.</param>
    /// <param name="types">Its types.</param>
    /// <param name="coverable">Types that some feasible panel contains; the others get expected count 0.</param>
    /// <param name="cancellationToken">Checked between stages.</param>
    /// <returns>Expected count per type and the number of stages, or null if GLOP fails on a stage.</returns>
    public static (double[] Expected, int Stages)? Solve(SelectionProblem problem, ProfileTypes types, bool[] coverable, CancellationToken cancellationToken)
    {
        var isFixed = coverable.Select(c => !c).ToArray();
        var fixedValue = new double[types.Count];
        var expected = new double[types.Count];
        var stages = 0;
        while (isFixed.Contains(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            stages++;
            var stage = StageRelaxation.Solve(problem, types, coverable, isFixed, t => fixedValue[t]);
            if (stage is null)
            {
                return null;
            }

            var best = -1;
            var fixedAny = false;
            for (var t = 0; t < types.Count; t++)
            {
                if (isFixed[t])
                {
                    continue;
                }

                if (best < 0 || stage.Duals[t] > stage.Duals[best])
                {
                    best = t;
                }

                if (stage.Duals[t] > FixTolerance || stage.Value >= 1 - CeilingTolerance)
                {
                    Fix(t);
                    fixedAny = true;
                }
            }

            if (!fixedAny)
            {
                Fix(best);
            }

            Array.Copy(stage.Expected, expected, expected.Length);

            void Fix(int t)
            {
                isFixed[t] = true;
                fixedValue[t] = Math.Max(0, stage.Value - FixSlack);
            }
        }

        return (expected, stages);
    }
}
