namespace CollectiveAlignment.Sortition.Tests;

public sealed class PanelLocalSearchTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public void Improve_RandomWeights_FeasibleNoWorseAndSwapOptimal(int seed)
    {
        var problem = TestInstances.Random(seed, people: 80, panelSize: 15, categories: 3, values: 3);
        var types = ProfileTypes.Build(problem);
        using var mip = new PanelMip(problem, types);
        var start = mip.Maximize(new double[types.Count]);
        if (start is null)
        {
            return;
        }

        var random = new Random(seed);
        var search = new PanelLocalSearch(problem, types, Enumerable.Repeat(true, types.Count).ToArray());
        search.Applies.ShouldBeTrue();
        for (var round = 0; round < 10; round++)
        {
            var weights = Enumerable.Range(0, types.Count).Select(_ => random.NextDouble()).ToArray();
            var result = search.Improve(start, weights);

            problem.IsFeasiblePanel(Members(types, result)).ShouldBeTrue($"seed {seed}, round {round}");
            Value(weights, result).ShouldBeGreaterThanOrEqualTo(Value(weights, start) - 1e-12);
            Value(weights, result).ShouldBeLessThanOrEqualTo(Value(weights, mip.Maximize(weights)!) + 1e-9);

            // No single swap is both feasible and better (checked by brute force over every pair of types).
            for (var a = 0; a < types.Count; a++)
            {
                for (var b = 0; b < types.Count; b++)
                {
                    if (a == b || result[a] == 0 || result[b] == types.Members[b].Length || weights[b] - weights[a] <= 1e-12)
                    {
                        continue;
                    }

                    var swapped = (int[])result.Clone();
                    swapped[a]--;
                    swapped[b]++;
                    problem.IsFeasiblePanel(Members(types, swapped)).ShouldBeFalse($"seed {seed}: swapping {a} for {b} would improve");
                }
            }

            start = result;
        }
    }

    [Fact]
    public void Applies_HouseholdRule_IsFalse()
    {
        var problem = TestInstances.Random(101, 10, 4, 2, 2, households: true);
        var types = ProfileTypes.Build(problem);
        if (types.HouseholdGroups.Count > 0)
        {
            new PanelLocalSearch(problem, types, Enumerable.Repeat(true, types.Count).ToArray()).Applies.ShouldBeFalse();
        }
    }

    private static List<int> Members(ProfileTypes types, int[] counts) =>
        Enumerable.Range(0, counts.Length).SelectMany(t => types.Members[t].Take(counts[t])).ToList();

    private static double Value(double[] weights, int[] counts) => Enumerable.Range(0, counts.Length).Sum(t => weights[t] * counts[t]);
}
