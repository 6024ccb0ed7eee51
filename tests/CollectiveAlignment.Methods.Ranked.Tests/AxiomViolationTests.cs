using CollectiveAlignment.Methods.Ranked.Tests.Profiles;

namespace CollectiveAlignment.Methods.Ranked.Tests;

/// <summary>
/// For every <see cref="Claim.Violates"/>, a counterexample must exist: the test searches seeded random profiles of strict
/// complete orders (seeds 1..N, deterministic) and reports the first seed that violates the axiom. A claim nobody can
/// refute this way fails the build, so claims cannot drift from behaviour.
/// </summary>
public sealed class AxiomViolationTests
{
    private const int MaxSeeds = 20_000;

    public static TheoryData<string, Axiom> Violated()
    {
        var data = new TheoryData<string, Axiom>();
        foreach (var m in CatalogFixture.Registry.Methods)
        {
            foreach (var (axiom, claim) in m.Metadata.Claims.OrderBy(kv => kv.Key))
            {
                if (claim == Claim.Violates)
                {
                    data.Add(m.Id, axiom);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Violated))]
    public void Aggregate_ClaimedViolation_HasASeededCounterexample(string id, Axiom axiom)
    {
        for (var seed = 1; seed <= MaxSeeds; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(3, 6);
            var ballots = RandomProfiles.StrictComplete(rng, n, rng.Next(3, 12));
            if (Violates(id, axiom, ballots, n, rng))
            {
                TestContext.Current.SendDiagnosticMessage($"{id} violates {axiom}: counterexample at seed {seed}");
                return;
            }
        }

        Assert.Fail($"{id} claims to violate {axiom}, but seeds 1..{MaxSeeds} gave no counterexample");
    }

    private static IReadOnlyList<int> Winners(string id, List<RankedBallot> ballots, int n) =>
        CatalogContractTests.Run(id, RandomProfiles.Profile(ballots, n)).Winners;

    internal static bool Violates(string id, Axiom axiom, List<RankedBallot> ballots, int n, Random rng)
    {
        var winners = Winners(id, ballots, n);
        var profile = RandomProfiles.Profile(ballots, n);
        switch (axiom)
        {
            case Axiom.CondorcetWinner:
                return profile.Matrix.CondorcetWinner() is { } cw && !winners.SequenceEqual([cw]);
            case Axiom.CondorcetLoser:
                return winners.Any(w => Enumerable.Range(0, n).All(b => b == w || profile.Matrix.Beats(b, w)));
            case Axiom.Pareto:
                return winners.Any(w => Enumerable.Range(0, n).Any(a => a != w && ballots.All(x => x.RankOf(a) < x.RankOf(w))));
            case Axiom.MajorityWinner:
                var top = ballots.GroupBy(b => b.Tiers[0][0]).FirstOrDefault(g => g.Count() * 2 > ballots.Count);
                return top is not null && !winners.SequenceEqual([top.Key]);
            case Axiom.Monotonicity:
                // Raise a winner by one place on one ballot; it must stay a winner.
                foreach (var w in winners)
                {
                    for (var v = 0; v < ballots.Count; v++)
                    {
                        var order = ballots[v].Tiers.Select(t => t[0]).ToArray();
                        var pos = Array.IndexOf(order, w);
                        if (pos == 0)
                        {
                            continue;
                        }

                        (order[pos], order[pos - 1]) = (order[pos - 1], order[pos]);
                        var raised = ballots.ToList();
                        raised[v] = RankedBallot.FromOrder(n, order);
                        if (!Winners(id, raised, n).Contains(w))
                        {
                            return true;
                        }
                    }
                }

                return false;
            case Axiom.CloneIndependence:
                // Add a clone of a random candidate next to it (above or below, per ballot); non-clone winners must not change.
                var c = rng.Next(n);
                var cloned = ballots.Select(b =>
                {
                    var order = b.Tiers.Select(t => t[0]).ToList();
                    order.Insert(order.IndexOf(c) + rng.Next(2), n);
                    return RankedBallot.FromOrder(n + 1, [.. order]);
                }).ToList();
                if (CloneWinnersChanged(winners, Winners(id, cloned, n + 1), n, c, 1))
                {
                    return true;
                }

                // Then replace the same candidate by a set of three clones in a random order per ballot: a clone set may hold a
                // majority cycle (Tideman 1987), which a single clone cannot (minimax fails only this way).
                var tripled = ballots.Select(b =>
                {
                    var order = b.Tiers.Select(t => t[0]).ToList();
                    var set = new[] { c, n, n + 1 };
                    rng.Shuffle(set);
                    var at = order.IndexOf(c);
                    order.RemoveAt(at);
                    order.InsertRange(at, set);
                    return RankedBallot.FromOrder(n + 2, [.. order]);
                }).ToList();
                return CloneWinnersChanged(winners, Winners(id, tripled, n + 2), n, c, 2);
            default:
                return false;
        }
    }

    /// <summary>Whether cloning <paramref name="c"/> (clones n..n+extra-1) changed which non-clones win, or whether the clone set wins.</summary>
    private static bool CloneWinnersChanged(IReadOnlyList<int> winners, IReadOnlyList<int> after, int n, int c, int extra)
    {
        for (var x = 0; x < n; x++)
        {
            var before = winners.Contains(x);
            var now = x == c ? after.Contains(c) || after.Any(w => w >= n && w < n + extra) : after.Contains(x);
            if (before != now)
            {
                return true;
            }
        }

        return false;
    }
}
