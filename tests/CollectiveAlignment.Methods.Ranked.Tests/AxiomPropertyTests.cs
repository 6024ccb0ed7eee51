using CollectiveAlignment.Methods.Ranked.Tests.Profiles;

namespace CollectiveAlignment.Methods.Ranked.Tests;

/// <summary>
/// For every claimed <see cref="Claim.Satisfies"/> of a testable axiom, a property check over seeded random profiles of strict
/// complete orders (the domain the axioms are stated on). Seeds are fixed (1..N) and printed in every failure message.
/// </summary>
public sealed class AxiomPropertyTests
{
    private const int Seeds = 150;

    public static TheoryData<string, Axiom> Claimed()
    {
        var data = new TheoryData<string, Axiom>();
        foreach (var m in CatalogFixture.Registry.Methods)
        {
            foreach (var axiom in new[] { Axiom.CondorcetWinner, Axiom.CondorcetLoser, Axiom.Pareto, Axiom.Homogeneity, Axiom.MajorityWinner })
            {
                if (m.Metadata.ClaimFor(axiom) == Claim.Satisfies)
                {
                    data.Add(m.Id, axiom);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Claimed))]
    public void Aggregate_ClaimedAxiom_HoldsOnSeededRandomProfiles(string id, Axiom axiom)
    {
        var checkedCases = 0;
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(2, 6);
            var ballots = RandomProfiles.StrictComplete(rng, n, rng.Next(1, 16));
            var profile = RandomProfiles.Profile(ballots, n);
            var winners = CatalogContractTests.Run(id, profile).Winners;
            var m = profile.Matrix;
            switch (axiom)
            {
                case Axiom.CondorcetWinner when m.CondorcetWinner() is { } cw:
                    winners.ShouldBe([cw], $"seed {seed}: Condorcet winner {cw}");
                    checkedCases++;
                    break;
                case Axiom.CondorcetLoser:
                    for (var c = 0; c < n && n > 1; c++)
                    {
                        if (Enumerable.Range(0, n).All(b => b == c || m.Beats(b, c)))
                        {
                            winners.ShouldNotContain(c, $"seed {seed}: Condorcet loser {c}");
                            checkedCases++;
                        }
                    }

                    break;
                case Axiom.Pareto:
                    for (var a = 0; a < n; a++)
                    {
                        for (var b = 0; b < n; b++)
                        {
                            if (a != b && ballots.All(x => x.RankOf(a) < x.RankOf(b)))
                            {
                                winners.ShouldNotContain(b, $"seed {seed}: {b} is Pareto-dominated by {a}");
                                checkedCases++;
                            }
                        }
                    }

                    break;
                case Axiom.Homogeneity:
                    var k = rng.Next(2, 4);
                    var tripled = RandomProfiles.Profile(ballots.SelectMany(b => Enumerable.Repeat(b, k)), n);
                    CatalogContractTests.Run(id, tripled).Winners.ShouldBe(winners, $"seed {seed}, k {k}");
                    checkedCases++;
                    break;
                case Axiom.MajorityWinner:
                    var top = ballots.GroupBy(b => b.Tiers[0][0]).FirstOrDefault(g => g.Count() * 2 > ballots.Count);
                    if (top is not null)
                    {
                        winners.ShouldBe([top.Key], $"seed {seed}: majority favourite {top.Key}");
                        checkedCases++;
                    }

                    break;
                default:
                    break;
            }
        }

        checkedCases.ShouldBeGreaterThan(0, "no random profile exercised the axiom");
    }

    public static TheoryData<string, Axiom> ClaimedMonotoneOrCloneIndependent()
    {
        var data = new TheoryData<string, Axiom>();
        foreach (var m in CatalogFixture.Registry.Methods)
        {
            foreach (var axiom in new[] { Axiom.Monotonicity, Axiom.CloneIndependence })
            {
                if (m.Metadata.ClaimFor(axiom) == Claim.Satisfies)
                {
                    data.Add(m.Id, axiom);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ClaimedMonotoneOrCloneIndependent))]
    public void Aggregate_ClaimedMonotonicityOrCloneIndependence_NoSeededCounterexample(string id, Axiom axiom)
    {
        // The same checks AxiomViolationTests uses to find counterexamples must find none for a Satisfies claim.
        for (var seed = 1; seed <= 300; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(3, 6);
            var ballots = RandomProfiles.StrictComplete(rng, n, rng.Next(3, 12));
            AxiomViolationTests.Violates(id, axiom, ballots, n, rng).ShouldBeFalse($"seed {seed}");
        }
    }
}
