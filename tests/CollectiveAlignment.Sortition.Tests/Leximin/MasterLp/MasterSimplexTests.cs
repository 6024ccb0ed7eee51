namespace CollectiveAlignment.Sortition.Tests;

/// <summary>The managed simplex against GLOP on the same master LPs, stage after stage, as LEXIMIN uses them.</summary>
public sealed class MasterSimplexTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Solve_EveryStage_MatchesGlopValueAndGivesOptimalDuals(int seed)
    {
        var problem = TestInstances.Random(seed, people: 60, panelSize: 12, categories: 3, values: 3);
        var types = ProfileTypes.Build(problem);
        using var mip = new PanelMip(problem, types);
        if (mip.Maximize(new double[types.Count]) is null)
        {
            return;
        }

        var random = new Random(seed);
        var coverable = Enumerable.Repeat(true, types.Count).ToArray();
        var columns = new List<int[]>();
        for (var t = 0; t < types.Count; t++)
        {
            var single = new double[types.Count];
            single[t] = 1;
            var panel = mip.Maximize(single)!;
            coverable[t] = panel[t] > 0;
            columns.Add(panel);
        }

        for (var r = 0; r < 40; r++)
        {
            columns.Add(mip.Maximize(Enumerable.Range(0, types.Count).Select(_ => random.NextDouble()).ToArray())!);
        }

        using var simplex = new MasterSimplex(types, coverable, types.Sizes());
        var fixedTypes = coverable.Select(c => !c).ToArray();
        foreach (var column in columns)
        {
            simplex.TryAdd(column);
        }

        for (var stage = 0; stage < 20 && fixedTypes.Contains(false); stage++)
        {
            using var glop = new MasterLp(types, coverable, types.Sizes());
            foreach (var column in columns)
            {
                glop.TryAdd(column);
            }

            for (var t = 0; t < types.Count; t++)
            {
                if (fixedTypes[t] && coverable[t])
                {
                    glop.Fix(t, simplex.FixedValue(t));
                }
            }

            glop.Solve(exact: true).ShouldBeTrue();
            simplex.Solve().ShouldBeTrue($"seed {seed}, stage {stage}");

            // The steering solve is optimal for a right-hand side perturbed by ~1e-7 (amplified by the basis inverse): its
            // duals must be dual feasible and its value close.
            simplex.Z.ShouldBe(glop.Z, 1e-4, $"seed {seed}, stage {stage}: value");
            var duals = simplex.Duals;
            foreach (var column in columns)
            {
                var value = 0.0;
                for (var t = 0; t < types.Count; t++)
                {
                    value += duals[t] * column[t] / types.Members[t].Length;
                }

                value.ShouldBeLessThanOrEqualTo(simplex.Mu + 1e-7, $"seed {seed}, stage {stage}: reduced cost");
            }

            var dualSum = Enumerable.Range(0, types.Count).Where(t => !fixedTypes[t]).Sum(t => duals[t]);
            dualSum.ShouldBe(1, 1e-7, $"seed {seed}, stage {stage}: duals of the unfixed rows sum to z's cost");
            var dualValue = simplex.Mu - Enumerable.Range(0, types.Count).Where(t => fixedTypes[t] && coverable[t]).Sum(t => duals[t] * simplex.FixedValue(t));
            dualValue.ShouldBe(glop.Z, 1e-4, $"seed {seed}, stage {stage}: strong duality");

            simplex.SetCrashPoint(glop.Columns, glop.Weights);
            var best = -1;
            for (var t = 0; t < types.Count; t++)
            {
                if (!fixedTypes[t] && (best < 0 || glop.Duals[t] > glop.Duals[best]))
                {
                    best = t;
                }
            }

            for (var t = 0; t < types.Count; t++)
            {
                if (!fixedTypes[t] && (glop.Duals[t] > 1e-7 || t == best))
                {
                    fixedTypes[t] = true;
                    simplex.Fix(t, glop.Z - 1e-10);
                }
            }
        }

        fixedTypes.ShouldAllBe(f => f);
    }

    [Fact]
    public void Solve_InfeasibleFixedValues_ReturnsFalse()
    {
        var problem = TestInstances.Random(7, people: 30, panelSize: 6, categories: 2, values: 2);
        var types = ProfileTypes.Build(problem);
        using var mip = new PanelMip(problem, types);
        var panel = mip.Maximize(new double[types.Count]);
        if (panel is null)
        {
            return;
        }

        using var simplex = new MasterSimplex(types, Enumerable.Repeat(true, types.Count).ToArray(), types.Sizes());
        simplex.TryAdd(panel);
        var absent = Enumerable.Range(0, types.Count).First(t => panel[t] == 0);

        // With only one panel, which leaves this type out, no mix gives it probability 0.5.
        simplex.Fix(absent, 0.5);
        simplex.Solve().ShouldBeFalse();
    }
}
