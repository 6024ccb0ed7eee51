using CsCheck;

namespace CollectiveAlignment.Sortition.Tests;

/// <summary>LEXIMIN against the brute-force reference, under each master LP solver.</summary>
public sealed class LeximinTests
{
    public static TheoryData<MasterSolver, int, int, int, int, int, bool> SmallInstances() => LeximinInstances.UnderBothSolvers(LeximinInstances.Small());

    public static TheoryData<MasterSolver, int, int, int, int, int, bool> RelaxationGapInstances() => LeximinInstances.UnderBothSolvers(LeximinInstances.RelaxationGap());

    [Theory]
    [MemberData(nameof(SmallInstances))]
    public void Solve_SmallInstance_MatchesBruteForce(MasterSolver solver, int seed, int people, int size, int categories, int values, bool households)
    {
        var problem = TestInstances.Random(seed, people, size, categories, values, households);
        var outcome = Solve(problem, solver);
        AssertMatchesBruteForce(problem, outcome, seed);
        if (outcome.Feasible)
        {
            outcome.Diagnostics!.MasterSolver.ShouldBe(solver);
        }
    }

    [Theory]
    [MemberData(nameof(RelaxationGapInstances))]
    public void Solve_RelaxationPointIsNoLottery_FallsBackToStagesAndMatchesBruteForce(MasterSolver solver, int seed, int people, int size, int categories, int values, bool households)
    {
        var problem = TestInstances.Random(seed, people, size, categories, values, households);
        var outcome = Solve(problem, solver);
        outcome.Diagnostics!.Decomposed.ShouldBeFalse($"seed {seed}");
        AssertMatchesBruteForce(problem, outcome, seed);
    }

    [Theory]
    [InlineData(MasterSolver.Hybrid)]
    [InlineData(MasterSolver.Glop)]
    public void Solve_RelaxationPointIsALottery_DecomposesItWithinTolerance(MasterSolver solver)
    {
        var problem = TestInstances.Random(1, 9, 4, 3, 2);
        var outcome = Solve(problem, solver);
        outcome.Diagnostics!.Decomposed.ShouldBeTrue();
        outcome.Diagnostics.MaxCertifiedGap.ShouldBeLessThanOrEqualTo(1e-7);
        AssertMatchesBruteForce(problem, outcome, 1);
    }

    [Fact]
    public void Solve_GlopOnly_NeverAsksTheSimplex()
    {
        var problem = TestInstances.Random(44, 12, 5, 4, 2);
        var diagnostics = Solve(problem, MasterSolver.Glop).Diagnostics!;
        diagnostics.SimplexPivots.ShouldBe(0);
        diagnostics.GlopFallback.ShouldBeFalse();
        diagnostics.GlopSolves.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Solve_RandomInstances_MatchBruteForceAndIgnorePoolOrder()
    {
        // Property test over both paths (decomposition and staged fallback) and both master LP solvers; CsCheck prints
        // the seed of a failure.
        TestInstances.Shapes(maxPeople: 11, maxSize: 5).Sample(
            instance =>
            {
                var (seed, people, size, categories, values, households) = instance;
                var problem = TestInstances.Random(seed, people, size, categories, values, households);
                foreach (var solver in Enum.GetValues<MasterSolver>())
                {
                    var outcome = Solve(problem, solver);
                    try
                    {
                        AssertMatchesBruteForce(problem, outcome, seed);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        throw new InvalidOperationException($"Instance {instance}, {solver}: {e.Message}", e);
                    }

                    if (!outcome.Feasible)
                    {
                        continue;
                    }

                    // Anonymity: the same people in the opposite order get the same probabilities.
                    var reversed = SelectionProblem.Create(problem.Categories, problem.People.Reverse().ToList(), problem.PanelSize, problem.OnePerHousehold);
                    var again = Solve(reversed, solver).Distribution!.Probabilities();
                    var first = outcome.Distribution!.Probabilities();
                    foreach (var person in problem.People)
                    {
                        again[person.Id].ShouldBe(first[person.Id], 1e-6, $"seed {seed}, {solver}: person {person.Id}");
                    }
                }
            },
            seed: "0N0XIzNsQ0O2",
            iter: 40);
    }

    [Theory]
    [MemberData(nameof(SmallInstances))]
    public void Solve_AnyInstance_EveryPanelMeetsQuotas(MasterSolver solver, int seed, int people, int size, int categories, int values, bool households)
    {
        var problem = TestInstances.Random(seed, people, size, categories, values, households);
        var outcome = Solve(problem, solver);
        if (!outcome.Feasible)
        {
            return;
        }

        var index = problem.People.Select((p, i) => (p.Id, i)).ToDictionary(p => p.Id, p => p.i);
        for (var draw = 0; draw < 20; draw++)
        {
            var (_, panel) = outcome.Distribution!.Draw($"{seed}-{draw}");
            problem.IsFeasiblePanel(panel.Select(id => index[id]).ToList()).ShouldBeTrue($"seed {seed}, draw {draw}");
        }
    }

    internal static LeximinOutcome Solve(SelectionProblem problem, MasterSolver solver) =>
        Leximin.Solve(problem, new LeximinOptions { MasterSolver = solver }, null, TestContext.Current.CancellationToken);

    internal static void AssertMatchesBruteForce(SelectionProblem problem, LeximinOutcome outcome, int seed)
    {
        var expected = BruteForceLeximin.Solve(problem);
        if (expected is null)
        {
            outcome.Feasible.ShouldBeFalse($"seed {seed}");
            outcome.Infeasibility.ShouldNotBeNull();
            return;
        }

        outcome.Feasible.ShouldBeTrue($"seed {seed}");
        var probabilities = outcome.Distribution!.Probabilities();
        var actual = problem.People.Select(p => probabilities[p.Id]).ToArray();
        actual.Min().ShouldBe(expected.Min(), 1e-6, $"seed {seed}: min probability");
        for (var i = 0; i < actual.Length; i++)
        {
            actual[i].ShouldBe(expected[i], 1e-5, $"seed {seed}: person {i}");
        }

        actual.Sum().ShouldBe(problem.PanelSize, 1e-6);
    }
}
