namespace CollectiveAlignment.Methods.Cardinal.Tests;

/// <summary>The catalog contract (docs/conventions.md §7) over every registered cardinal method.</summary>
public sealed class CatalogContractTests
{
    private const int Seeds = 60;

    private static BallotKind Kind(string id) => CardinalCatalog.Registry.Get(id).Metadata.BallotKind;

    [Fact]
    public void Registry_CardinalCatalog_HasTheFiveMethods()
    {
        CardinalCatalog.Registry.Methods.Select(m => m.Id).ShouldBe(["approval", "majority-judgment", "quadratic-voting", "score", "star"]);
    }

    [Theory]
    [MemberData(nameof(CardinalCatalog.MethodIds), MemberType = typeof(CardinalCatalog))]
    public void Aggregate_TwoCandidateMajority_ElectsTheMajority(string id)
    {
        // Three voters give A everything and B nothing; two do the opposite.
        int?[] forA = Kind(id) == BallotKind.Approval ? [1, 0] : [4, 0];
        int?[] forB = Kind(id) == BallotKind.Approval ? [0, 1] : [0, 4];
        var profile = CardinalCatalog.Build(Kind(id), CandidateSet.Letters(2), [(forA, 3), (forB, 2)]);
        CardinalCatalog.Run(id, profile).Winners.ShouldBe([0]);
    }

    [Theory]
    [MemberData(nameof(CardinalCatalog.MethodIds), MemberType = typeof(CardinalCatalog))]
    public void Aggregate_NoCandidates_ReturnsEmptyResult(string id)
    {
        CardinalCatalog.Run(id, CardinalCatalog.Build(Kind(id), new CandidateSet([]), [])).Winners.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(CardinalCatalog.MethodIds), MemberType = typeof(CardinalCatalog))]
    public void Aggregate_ShuffledAndRerun_ByteIdenticalJson(string id)
    {
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(2, 6);
            var ballots = CardinalCatalog.RandomBallots(rng, Kind(id), n, rng.Next(1, 20));
            var expected = CardinalCatalog.Json(id, CardinalCatalog.Build(Kind(id), CandidateSet.Letters(n), ballots.Select(b => (b, 1L))));
            var shuffled = ballots.ToArray();
            rng.Shuffle(shuffled);
            CardinalCatalog.Json(id, CardinalCatalog.Build(Kind(id), CandidateSet.Letters(n), shuffled.Select(b => (b, 1L)))).ShouldBe(expected, $"seed {seed}");
            CardinalCatalog.Json(id, CardinalCatalog.Build(Kind(id), CandidateSet.Letters(n), ballots.Select(b => (b, 1L)))).ShouldBe(expected, $"seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(CardinalCatalog.MethodIds), MemberType = typeof(CardinalCatalog))]
    public void Aggregate_RelabelledCandidates_RelabelsWinners(string id)
    {
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(2, 6);
            var names = CandidateSet.Letters(n);
            var ballots = CardinalCatalog.RandomBallots(rng, Kind(id), n, rng.Next(1, 20));
            var pi = Enumerable.Range(0, n).ToArray();
            rng.Shuffle(pi);
            var newNames = new string[n];
            for (var c = 0; c < n; c++)
            {
                newNames[pi[c]] = names[c];
            }

            var relabelled = ballots.Select(b =>
            {
                var x = new int?[n];
                for (var c = 0; c < n; c++)
                {
                    x[pi[c]] = b[c];
                }

                return (x, 1L);
            });
            var original = CardinalCatalog.Run(id, CardinalCatalog.Build(Kind(id), names, ballots.Select(b => (b, 1L)))).Winners.Select(c => names[c]).Order();
            var other = CardinalCatalog.Run(id, CardinalCatalog.Build(Kind(id), new CandidateSet(newNames), relabelled)).Winners.Select(c => newNames[c]).Order();
            other.ShouldBe(original, $"seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(CardinalCatalog.MethodIds), MemberType = typeof(CardinalCatalog))]
    public void Aggregate_CompressedVersusExpanded_Identical(string id)
    {
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(2, 6);
            var distinct = CardinalCatalog.RandomBallots(rng, Kind(id), n, rng.Next(1, 8));
            var counts = distinct.Select(_ => (long)rng.Next(1, 5)).ToArray();
            var compressed = CardinalCatalog.Build(Kind(id), CandidateSet.Letters(n), distinct.Select((b, i) => (b, counts[i])));
            var expanded = CardinalCatalog.Build(Kind(id), CandidateSet.Letters(n), distinct.SelectMany((b, i) => Enumerable.Repeat((b, 1L), (int)counts[i])));
            CardinalCatalog.Json(id, expanded).ShouldBe(CardinalCatalog.Json(id, compressed), $"seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(CardinalCatalog.MethodIds), MemberType = typeof(CardinalCatalog))]
    public void Aggregate_Homogeneity_ReplicatedProfileSameWinners(string id)
    {
        CardinalCatalog.Registry.Get(id).Metadata.ClaimFor(Axiom.Homogeneity).ShouldBe(Claim.Satisfies);
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(2, 6);
            var ballots = CardinalCatalog.RandomBallots(rng, Kind(id), n, rng.Next(1, 10));
            var once = CardinalCatalog.Run(id, CardinalCatalog.Build(Kind(id), CandidateSet.Letters(n), ballots.Select(b => (b, 1L)))).Winners;
            var thrice = CardinalCatalog.Run(id, CardinalCatalog.Build(Kind(id), CandidateSet.Letters(n), ballots.Select(b => (b, 3L)))).Winners;
            thrice.ShouldBe(once, $"seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(CardinalCatalog.MethodIds), MemberType = typeof(CardinalCatalog))]
    public void Metadata_EveryMethod_IsComplete(string id)
    {
        CardinalCatalog.Registry.Get(id).Metadata.Problems().ShouldBeEmpty();
    }
}
