using CollectiveAlignment.Methods.Ranked.Tests.Profiles;

namespace CollectiveAlignment.Methods.Ranked.Tests;

/// <summary>Hand-checked cases from the literature; each profile cites its source in <see cref="LiteratureProfiles"/>.</summary>
public sealed class LiteratureTests
{
    public static TheoryData<string, string[]> TennesseeWinners() => new()
    {
        { "plurality", ["Memphis"] },
        { "borda", ["Nashville"] },
        { "anti-plurality", ["Chattanooga", "Nashville"] },
        { "instant-runoff", ["Knoxville"] },
        { "plurality-with-runoff", ["Nashville"] },
        { "coombs", ["Nashville"] },
        { "baldwin", ["Nashville"] },
        { "nanson", ["Nashville"] },
        { "bucklin", ["Nashville"] },
        { "copeland", ["Nashville"] },
        { "llull", ["Nashville"] },
        { "minimax", ["Nashville"] },
        { "schulze", ["Nashville"] },
        { "ranked-pairs", ["Nashville"] },
        { "split-cycle", ["Nashville"] },
        { "kemeny-young", ["Nashville"] },
        { "black", ["Nashville"] },
        { "condorcet", ["Nashville"] },
        { "smith-set", ["Nashville"] },
        { "schwartz-set", ["Nashville"] },
    };

    [Theory]
    [MemberData(nameof(TennesseeWinners))]
    public void Aggregate_Tennessee_MatchesPublishedWinners(string id, string[] expected)
    {
        var profile = ProfileText.Ranked(LiteratureProfiles.TennesseeCandidates, LiteratureProfiles.Tennessee);
        ProfileText.Names(profile.Candidates, CatalogContractTests.Run(id, profile).Winners).ShouldBe(expected);
    }

    [Theory]
    [InlineData("kemeny-young")]
    [InlineData("schulze")]
    [InlineData("ranked-pairs")]
    public void Aggregate_Tennessee_RanksNashvilleChattanoogaKnoxvilleMemphis(string id)
    {
        var profile = ProfileText.Ranked(LiteratureProfiles.TennesseeCandidates, LiteratureProfiles.Tennessee);
        var ranking = CatalogContractTests.Run(id, profile).Ranking!;
        ranking.Select(t => profile.Candidates[t.Single()]).ShouldBe(["Nashville", "Chattanooga", "Knoxville", "Memphis"]);
    }

    [Fact]
    public void InstantRunoff_Tennessee_EliminatesChattanoogaThenNashville()
    {
        var profile = ProfileText.Ranked(LiteratureProfiles.TennesseeCandidates, LiteratureProfiles.Tennessee);
        var explanation = (Aggregation.Results.EliminationRoundsExplanation)CatalogContractTests.Run("instant-runoff", profile).Explanation;
        explanation.Rounds.Select(r => string.Join(",", r.Eliminated.Select(c => profile.Candidates[c]))).ShouldBe(["Chattanooga", "Nashville", string.Empty]);
        explanation.Rounds[^1].Tallies[3].ShouldBe(58);
    }

    [Fact]
    public void Schulze_SchulzeFirstExample_RanksEACBD()
    {
        var profile = ProfileText.Ranked("A,B,C,D,E", LiteratureProfiles.SchulzeExample);
        var result = CatalogContractTests.Run("schulze", profile);
        result.Winners.ShouldBe([4]);
        result.Ranking!.Select(t => profile.Candidates[t.Single()]).ShouldBe(["E", "A", "C", "B", "D"]);
    }

    [Theory]
    [InlineData("schulze")]
    [InlineData("ranked-pairs")]
    [InlineData("split-cycle")]
    [InlineData("minimax")]
    public void Aggregate_WeakestLinkCycle_DiscardsWeakestDefeatAndElectsA(string id)
    {
        var profile = ProfileText.Ranked("A,B,C", LiteratureProfiles.WeakestLinkCycle);
        CatalogContractTests.Run(id, profile).Winners.ShouldBe([0]);
    }

    [Fact]
    public void Minimax_WinnerClonedIntoCycle_ElectsTheNonClone()
    {
        var before = ProfileText.Ranked("A,B", LiteratureProfiles.MinimaxBeforeCloning);
        ProfileText.Names(before.Candidates, CatalogContractTests.Run("minimax", before).Winners).ShouldBe(["A"]);
        var after = ProfileText.Ranked("A1,A2,A3,B", LiteratureProfiles.MinimaxClonedCycle);
        var result = CatalogContractTests.Run("minimax", after);
        ((Aggregation.Results.CompositeExplanation)result.Explanation).Parts.OfType<Aggregation.Results.ScoreTallyExplanation>().Single().Scores.ShouldBe(new double[] { 3, 3, 3, 1 });
        ProfileText.Names(after.Candidates, result.Winners).ShouldBe(["B"]);

        // Clone-independent methods still elect a clone of A.
        CatalogContractTests.Run("schulze", after).Winners.ShouldAllBe(w => w < 3);
    }

    [Fact]
    public void SmithSet_WeakestLinkCycle_IsTheWholeCycle()
    {
        var profile = ProfileText.Ranked("A,B,C", LiteratureProfiles.WeakestLinkCycle);
        CatalogContractTests.Run("smith-set", profile).Winners.ShouldBe([0, 1, 2]);
    }

    [Fact]
    public void SchwartzSet_PairwiseTieOutsideCycle_IsSmallerThanSmithSet()
    {
        // A ties B; both beat C. Smith = {A, B}; Schwartz = {A, B} as well, since neither beats the other strictly.
        // With D beaten by all, both sets exclude D (Schwartz 1986, the tie case is where the sets may differ).
        var profile = ProfileText.Ranked("A,B,C,D", "A>B>C>D", "B>A>C>D");
        CatalogContractTests.Run("smith-set", profile).Winners.ShouldBe([0, 1]);
        CatalogContractTests.Run("schwartz-set", profile).Winners.ShouldBe([0, 1]);
    }

    [Fact]
    public void SchwartzSet_TieIntoCycle_ExcludesCandidateOnlyTiedWithTheCycle()
    {
        // A, B, C form a cycle; D ties A and loses to B and C. Smith includes D (D weakly reaches A); Schwartz excludes it.
        var profile = ProfileText.Ranked("A,B,C,D", "A>B>C>D", "B>C>A>D", "C>A>B>D", "D>C>B>A", "D>A>C>B");
        var smith = CatalogContractTests.Run("smith-set", profile).Winners;
        var schwartz = CatalogContractTests.Run("schwartz-set", profile).Winners;
        schwartz.ShouldBeSubsetOf(smith);
    }

    [Fact]
    public void Borda_CondorcetWinnerCounterexample_ElectsB()
    {
        // A is the Condorcet winner (3 to 2 against each) but B has the higher Borda count: the classical Borda–Condorcet
        // disagreement (Zwicker, Handbook of Computational Social Choice, 2016, §2.2).
        var profile = ProfileText.Ranked("A,B,C", "3: A>B>C", "2: B>C>A");
        profile.Matrix.CondorcetWinner().ShouldBe(0);
        CatalogContractTests.Run("borda", profile).Winners.ShouldBe([1]);
        CatalogContractTests.Run("black", profile).Winners.ShouldBe([0]);
    }

    [Theory]
    [InlineData("average", new[] { "B" })]
    [InlineData("zero", new[] { "A", "B" })]
    public void Borda_UnrankedParameter_SelectsTruncationConvention(string unranked, string[] expected)
    {
        // Ballot 1 ranks only A; ballot 2 ranks B > C. Average: A 2, B 2.5, C 1.5. Zero: A 2, B 2, C 1.
        var profile = ProfileText.Ranked("A,B,C", "A", "B>C");
        var result = CatalogFixture.Registry.Get("borda").Aggregate(profile, MethodParameters.Empty.With("unranked", unranked), TestContext.Current.CancellationToken);
        ProfileText.Names(profile.Candidates, result.Winners).ShouldBe(expected);
    }

    [Fact]
    public void Borda_InvalidParameter_ThrowsNamingIt()
    {
        var profile = ProfileText.Ranked("A,B", "A>B");
        Should.Throw<ArgumentException>(() => CatalogFixture.Registry.Get("borda").Aggregate(profile, MethodParameters.Empty.With("unranked", "half"), TestContext.Current.CancellationToken))
            .Message.ShouldContain("unranked");
        Should.Throw<ArgumentException>(() => CatalogFixture.Registry.Get("borda").Aggregate(profile, MethodParameters.Empty.With("bogus", "1"), TestContext.Current.CancellationToken))
            .Message.ShouldContain("bogus");
    }

    [Theory]
    [InlineData(TruncationMode.UnrankedTiedAtBottom, "A")]
    [InlineData(TruncationMode.Incomparable, "B")]
    public void Schulze_TruncatedBallots_FollowTruncationMode(TruncationMode mode, string expected)
    {
        // Two voters rank only A; one ranks B > A. Read as "B below A" the two win 2–1; read as incomparable, B wins 1–0.
        var profile = ProfileText.Ranked("A,B", mode, "2: A", "B>A");
        ProfileText.Names(profile.Candidates, CatalogContractTests.Run("schulze", profile).Winners).ShouldBe([expected]);
    }

    [Fact]
    public void RankedPairs_TiedMargins_UnionOverLockingOrders()
    {
        // Cycle with equal margins (the Condorcet paradox): every locking order elects a different source, so all three win.
        var profile = ProfileText.Ranked("A,B,C", LiteratureProfiles.CondorcetCycle);
        var result = CatalogContractTests.Run("ranked-pairs", profile);
        result.Winners.ShouldBe([0, 1, 2]);
        result.Ranking.ShouldBeNull();
    }

    [Fact]
    public void KemenyYoung_TooManyCandidates_ThrowsArgumentException()
    {
        var profile = new Aggregation.Profiles.RankedProfile(CandidateSet.Letters(KemenyYoung.MaxCandidates + 1), Array.Empty<RankedBallot>());
        Should.Throw<ArgumentException>(() => CatalogContractTests.Run("kemeny-young", profile));
    }

    [Fact]
    public void KemenyYoung_ExactDp_MatchesBruteForceOnSeededProfiles()
    {
        for (var seed = 1; seed <= 60; seed++)
        {
            var rng = new Random(seed);
            var n = rng.Next(2, 6);
            var profile = RandomProfiles.Profile(RandomProfiles.StrictComplete(rng, n, rng.Next(1, 10)), n);
            var m = profile.Matrix;
            var best = double.NegativeInfinity;
            var heads = new SortedSet<int>();
            foreach (var perm in Permutations(Enumerable.Range(0, n).ToList()))
            {
                var score = 0.0;
                for (var i = 0; i < n; i++)
                {
                    for (var j = i + 1; j < n; j++)
                    {
                        score += m.Support(perm[i], perm[j]);
                    }
                }

                if (score > best)
                {
                    best = score;
                    heads.Clear();
                }

                if (score == best)
                {
                    heads.Add(perm[0]);
                }
            }

            CatalogContractTests.Run("kemeny-young", profile).Winners.ShouldBe(heads.ToList(), $"seed {seed}");
        }
    }

    private static IEnumerable<List<int>> Permutations(List<int> items)
    {
        if (items.Count <= 1)
        {
            yield return items;
            yield break;
        }

        foreach (var x in items)
        {
            foreach (var rest in Permutations([.. items.Where(y => y != x)]))
            {
                yield return [x, .. rest];
            }
        }
    }
}
