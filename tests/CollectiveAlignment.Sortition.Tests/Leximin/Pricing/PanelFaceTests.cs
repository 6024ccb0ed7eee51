namespace CollectiveAlignment.Sortition.Tests;

public sealed class PanelFaceTests
{
    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void Of_RelaxedLeximinPoint_PinsExactlyTheTightQuotasAndBounds(int seed)
    {
        var (problem, types, expected, face) = Build(seed);
        for (var v = 0; v < problem.ValueCount; v++)
        {
            var total = Enumerable.Range(0, types.Count).Where(t => types.Values[t].Contains(v)).Sum(t => expected[t]);
            var tight = Math.Abs(total - problem.ValueMin[v]) < 1e-6 || Math.Abs(total - problem.ValueMax[v]) < 1e-6;
            (face.Min[v] == face.Max[v]).ShouldBe(tight || problem.ValueMin[v] == problem.ValueMax[v], $"value {v}, expected total {total}");
            face.Min[v].ShouldBeGreaterThanOrEqualTo(problem.ValueMin[v]);
            face.Max[v].ShouldBeLessThanOrEqualTo(problem.ValueMax[v]);
        }

        for (var t = 0; t < types.Count; t++)
        {
            face.Free[t].ShouldBe(expected[t] > 1e-6 && expected[t] < types.Members[t].Length - 1e-6, $"type {t}: expected {expected[t]}");
        }
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void OnFace_PanelsAndSwapSearch_StayOnTheFaceAndFeasible(int seed)
    {
        var (problem, types, _, face) = Build(seed);
        using var mip = PanelMip.OnFace(problem, types, face);
        var search = new PanelLocalSearch(problem, types, face);
        var random = new Random(seed);
        var start = mip.Maximize(new double[types.Count]).ShouldNotBeNull();
        for (var round = 0; round < 10; round++)
        {
            var weights = Enumerable.Range(0, types.Count).Select(_ => random.NextDouble()).ToArray();
            var best = mip.Maximize(weights).ShouldNotBeNull();
            var improved = search.Improve(start, weights);
            foreach (var panel in new[] { best, improved })
            {
                face.Contains(panel, types).ShouldBeTrue($"round {round}");
                problem.IsFeasiblePanel(Members(types, panel)).ShouldBeTrue($"round {round}");
            }

            Value(weights, improved).ShouldBeGreaterThanOrEqualTo(Value(weights, start) - 1e-12);
            Value(weights, improved).ShouldBeLessThanOrEqualTo(Value(weights, best) + 1e-9);
            start = improved;
        }
    }

    [Fact]
    public void Contains_PanelBreakingAPinnedQuota_IsFalse()
    {
        var (problem, types, _, face) = Build(21);
        using var full = new PanelMip(problem, types);
        var pinned = Enumerable.Range(0, problem.ValueCount).First(v => face.Min[v] == face.Max[v] && problem.ValueMin[v] < problem.ValueMax[v]);

        // The best panel for a weight that rewards only the pinned value's members leaves the face if it can.
        var weights = Enumerable.Range(0, types.Count).Select(t => types.Values[t].Contains(pinned) == (face.Min[pinned] == problem.ValueMin[pinned]) ? 1.0 : 0.0).ToArray();
        var panel = full.Maximize(weights).ShouldNotBeNull();
        var count = Enumerable.Range(0, types.Count).Where(t => types.Values[t].Contains(pinned)).Sum(t => panel[t]);
        face.Contains(panel, types).ShouldBe(count == face.Min[pinned] && Enumerable.Range(0, problem.ValueCount).All(v => Within(face, types, panel, v)));
    }

    private static bool Within(PanelFace face, ProfileTypes types, int[] panel, int v)
    {
        var count = Enumerable.Range(0, types.Count).Where(t => types.Values[t].Contains(v)).Sum(t => panel[t]);
        return count >= face.Min[v] && count <= face.Max[v];
    }

    private static (SelectionProblem Problem, ProfileTypes Types, double[] Expected, PanelFace Face) Build(int seed)
    {
        var problem = TestInstances.Random(seed, people: 80, panelSize: 15, categories: 3, values: 3);
        var types = ProfileTypes.Build(problem);
        var coverable = Enumerable.Repeat(true, types.Count).ToArray();
        var expected = RelaxedLeximin.Solve(problem, types, coverable, TestContext.Current.CancellationToken).ShouldNotBeNull().Expected;
        return (problem, types, expected, PanelFace.Of(problem, types, coverable, expected));
    }

    private static List<int> Members(ProfileTypes types, int[] counts) =>
        Enumerable.Range(0, counts.Length).SelectMany(t => types.Members[t].Take(counts[t])).ToList();

    private static double Value(double[] weights, int[] counts) => Enumerable.Range(0, counts.Length).Sum(t => weights[t] * counts[t]);
}
