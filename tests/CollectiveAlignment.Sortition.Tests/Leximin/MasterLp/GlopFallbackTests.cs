namespace CollectiveAlignment.Sortition.Tests;

/// <summary>
/// The hybrid master LP's fallback: a simplex breakdown, forced through the internal hook, must be reported in the
/// diagnostics and leave the result as it was (within the tolerances of the brute-force comparisons).
/// </summary>
public sealed class GlopFallbackTests
{
    public static TheoryData<long, int, int, int, int, int, bool> BreakdownCases()
    {
        // Breakdown before the first pivot (GLOP takes the whole run) and after a few (GLOP takes over mid-stage).
        var data = new TheoryData<long, int, int, int, int, int, bool>();
        foreach (var pivots in new long[] { 0, 3 })
        {
            foreach (var (seed, people, size, categories, values, households) in LeximinInstances.Small().Concat(LeximinInstances.RelaxationGap()))
            {
                data.Add(pivots, seed, people, size, categories, values, households);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BreakdownCases))]
    public void Solve_SimplexBreaksDown_ReportsFallbackAndMatchesBruteForce(long pivots, int seed, int people, int size, int categories, int values, bool households)
    {
        var problem = TestInstances.Random(seed, people, size, categories, values, households);
        var outcome = Leximin.Solve(problem, new LeximinOptions { SimplexBreakdownAfterPivots = pivots }, null, TestContext.Current.CancellationToken);
        LeximinTests.AssertMatchesBruteForce(problem, outcome, seed);
        if (!outcome.Feasible)
        {
            return;
        }

        var diagnostics = outcome.Diagnostics!;
        diagnostics.MasterSolver.ShouldBe(MasterSolver.Hybrid);
        diagnostics.SimplexPivots.ShouldBeLessThanOrEqualTo(2 * pivots, "each master LP's simplex stops at the forced breakdown");
        if (pivots == 0)
        {
            // Every instance here solves a master LP, and the first solve of each breaks down.
            diagnostics.GlopFallback.ShouldBeTrue($"seed {seed}");
            diagnostics.FallbackReason.ShouldNotBeNull().ShouldContain("forced by a test");
        }

        // Later on, a genuine breakdown may come first (on some tiny LPs the simplex reports an unbounded ray).
        (diagnostics.FallbackReason is not null).ShouldBe(diagnostics.GlopFallback);
    }

    [Theory]
    [InlineData(1, 5L)]
    [InlineData(2, 40L)]
    [InlineData(3, 90L)]
    public void Solve_BreakdownMidRun_SameProbabilitiesAsWithoutIt(int seed, long pivots)
    {
        // Too large for brute force, large enough that the simplex is well into its work when it is stopped.
        var problem = TestInstances.Random(seed, people: 60, panelSize: 12, categories: 3, values: 3);
        var ct = TestContext.Current.CancellationToken;
        var plain = Leximin.Solve(problem, LeximinOptions.Default, null, ct);
        var forced = Leximin.Solve(problem, new LeximinOptions { SimplexBreakdownAfterPivots = pivots }, null, ct);

        plain.Diagnostics!.GlopFallback.ShouldBeFalse();
        plain.Diagnostics.SimplexPivots.ShouldBeGreaterThan(pivots, "the unforced run must get past the breakdown point");
        forced.Diagnostics!.GlopFallback.ShouldBeTrue();
        forced.Diagnostics.FallbackReason.ShouldNotBeNull().ShouldContain("forced by a test");
        var expected = plain.Distribution!.Probabilities();
        var actual = forced.Distribution!.Probabilities();
        foreach (var person in problem.People)
        {
            actual[person.Id].ShouldBe(expected[person.Id], 1e-6, $"seed {seed}: person {person.Id}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Solve_GlopOnly_SameProbabilitiesAsHybrid(int seed)
    {
        var problem = TestInstances.Random(seed, people: 60, panelSize: 12, categories: 3, values: 3);
        var hybrid = LeximinTests.Solve(problem, MasterSolver.Hybrid).Distribution!.Probabilities();
        var glop = LeximinTests.Solve(problem, MasterSolver.Glop).Distribution!.Probabilities();
        foreach (var person in problem.People)
        {
            glop[person.Id].ShouldBe(hybrid[person.Id], 1e-6, $"seed {seed}: person {person.Id}");
        }
    }
}
