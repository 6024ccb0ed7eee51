using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Methods.Ranked.Tests.Profiles;
using CsCheck;

namespace CollectiveAlignment.Methods.Ranked.Tests;

/// <summary>
/// CsCheck properties over generated profiles of strict complete orders, for every registered ranked method. Unlike the
/// seeded loops in <see cref="AxiomPropertyTests"/>, a failure here is shrunk to a smallest counterexample. The seed is
/// fixed, so a run is reproducible; CsCheck prints the failing case and its seed.
/// </summary>
public sealed class CatalogPropertyTests
{
    private const string Seed = "0N0XIzNsQ0O2";
    private const int Iterations = 150;

    /// <summary>2–5 candidates, 1–12 voters; a ballot is the order of its random keys (ties between keys broken by index).</summary>
    private static readonly Gen<(int Candidates, int[][] Keys)> StrictProfiles =
        from n in Gen.Int[2, 5]
        from keys in Gen.Int[0, 50].Array[n].Array[1, 12]
        select (n, keys);

    private static List<RankedBallot> Ballots(int n, int[][] keys) =>
        keys.Select(k => RankedBallot.FromOrder(n, Enumerable.Range(0, n).OrderBy(c => k[c]).ThenBy(c => c).ToArray())).ToList();

    private static RankedProfile Profile(int n, IEnumerable<RankedBallot> ballots) => RandomProfiles.Profile(ballots, n);

    public static TheoryData<string> CondorcetMethods()
    {
        var data = new TheoryData<string>();
        foreach (var method in CatalogFixture.Registry.Methods.Where(m => m.Metadata.ClaimFor(Axiom.CondorcetWinner) == Claim.Satisfies))
        {
            data.Add(method.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CondorcetMethods))]
    public void Aggregate_CondorcetWinnerExists_ElectsExactlyIt(string id)
    {
        StrictProfiles.Sample(
            p =>
            {
                var profile = Profile(p.Candidates, Ballots(p.Candidates, p.Keys));
                return profile.Matrix.CondorcetWinner() is not { } winner
                    || CatalogContractTests.Run(id, profile).Winners.SequenceEqual([winner]);
            },
            seed: Seed,
            iter: Iterations);
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.MethodIds), MemberType = typeof(CatalogFixture))]
    public void Aggregate_ReversedBallotOrder_SameWinners(string id)
    {
        StrictProfiles.Sample(
            p =>
            {
                var ballots = Ballots(p.Candidates, p.Keys);
                var forward = CatalogContractTests.Run(id, Profile(p.Candidates, ballots)).Winners;
                var backward = CatalogContractTests.Run(id, Profile(p.Candidates, Enumerable.Reverse(ballots))).Winners;
                return forward.SequenceEqual(backward);
            },
            seed: Seed,
            iter: Iterations);
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.MethodIds), MemberType = typeof(CatalogFixture))]
    public void Aggregate_CandidatesRelabelledInReverse_WinnersRelabelledAlike(string id)
    {
        StrictProfiles.Sample(
            p =>
            {
                var n = p.Candidates;
                var original = CatalogContractTests.Run(id, Profile(n, Ballots(n, p.Keys))).Winners;
                // Candidate c becomes n-1-c: give it the key the original candidate had.
                var relabelledKeys = p.Keys.Select(k => Enumerable.Range(0, n).Select(c => k[n - 1 - c]).ToArray()).ToArray();
                var relabelled = Profile(n, relabelledKeys.Select(k => RankedBallot.FromOrder(n, Enumerable.Range(0, n).OrderBy(c => k[c]).ThenBy(c => n - 1 - c).ToArray())));
                var winners = CatalogContractTests.Run(id, relabelled).Winners;
                return winners.OrderBy(w => w).SequenceEqual(original.Select(w => n - 1 - w).OrderBy(w => w));
            },
            seed: Seed,
            iter: Iterations);
    }
}
