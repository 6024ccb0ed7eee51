using System.Globalization;
using System.Text;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.IO;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Aggregation.Tests.Profiles;

public sealed class RankedBallotStoreTests
{
    /// <summary>Random ballots with ties and truncation (and, when asked, strict complete orders only).</summary>
    private static List<RankedBallot> RandomBallots(int n, int voters, int seed, bool strictComplete)
    {
        var rng = new Random(seed);
        var ballots = new List<RankedBallot>(voters);
        for (var v = 0; v < voters; v++)
        {
            var order = Enumerable.Range(0, n).ToArray();
            rng.Shuffle(order);
            var length = strictComplete || rng.Next(3) > 0 ? n : rng.Next(0, n);
            var tiers = new List<List<int>>();
            for (var i = 0; i < length; i++)
            {
                if (!strictComplete && tiers.Count > 0 && rng.Next(3) == 0)
                {
                    tiers[^1].Add(order[i]);
                }
                else
                {
                    tiers.Add([order[i]]);
                }
            }

            ballots.Add(RankedBallot.FromTiers(n, tiers));
        }

        return ballots;
    }

    private static void ShouldMatchBallots(RankedProfile profile)
    {
        var store = profile.Store;
        store.Count.ShouldBe(profile.DistinctBallotCount);
        store.AllStrict.ShouldBe(profile.Ballots.All(b => b.Ballot.IsStrict));
        for (var i = 0; i < store.Count; i++)
        {
            var entry = profile.Ballots[i];
            store.RanksOf(i).ToArray().ShouldBe(entry.Ballot.Ranks.ToArray());
            store.OrderOf(i).ToArray().ShouldBe(entry.Ballot.Order.ToArray());
            store.TierBoundsOf(i).ToArray().ShouldBe(entry.Ballot.TierBounds.ToArray());
            store.Counts[i].ShouldBe(entry.Count);
            store.Weights[i].ShouldBe(entry.Weight);
        }
    }

    private static void ShouldBeSameProfile(RankedProfile actual, RankedProfile expected)
    {
        actual.Candidates.ShouldBe(expected.Candidates);
        actual.VoterCount.ShouldBe(expected.VoterCount);
        actual.TotalWeight.ShouldBe(expected.TotalWeight);
        actual.DistinctBallotCount.ShouldBe(expected.DistinctBallotCount);
        actual.Ballots.ShouldBe(expected.Ballots);
        var n = expected.Candidates.Count;
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                actual.Matrix.Support(a, b).ShouldBe(expected.Matrix.Support(a, b));
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Store_IndexForIndex_MatchesTheBallots(bool strictComplete)
    {
        var profile = new RankedProfile(CandidateSet.Letters(6), RandomBallots(6, 5000, 7, strictComplete));
        profile.Store.AllStrict.ShouldBe(strictComplete);
        ShouldMatchBallots(profile);
    }

    [Fact]
    public void Store_EmptyBallotsAndNoCandidates_AreStored()
    {
        var empty = new RankedProfile(CandidateSet.Letters(3), [RankedBallot.FromOrder(3), RankedBallot.FromOrder(3, 1)]);
        ShouldMatchBallots(empty);
        empty.Store.OrderOf(0).Length.ShouldBe(0);
        new RankedProfile(CandidateSet.Letters(0), Array.Empty<RankedBallot>()).Store.Count.ShouldBe(0);
    }

    [Fact]
    public void Compressed_AndUncompressedProfiles_AreEqual()
    {
        var ballots = RandomBallots(5, 3000, 11, strictComplete: false);
        var uncompressed = new RankedProfile(CandidateSet.Letters(5), ballots);
        var merged = ballots.GroupBy(b => b).Select(g => new WeightedBallot<RankedBallot>(g.Key, g.Count(), g.Count())).Reverse();
        var compressed = new RankedProfile(CandidateSet.Letters(5), merged);
        ShouldBeSameProfile(compressed, uncompressed);
        for (var i = 0; i < compressed.Store.Count; i++)
        {
            compressed.Store.RanksOf(i).SequenceEqual(uncompressed.Store.RanksOf(i)).ShouldBeTrue();
            compressed.Store.Counts[i].ShouldBe(uncompressed.Store.Counts[i]);
        }
    }

    [Fact]
    public void ReadProfile_WhoseBallotsAreViewsOfTheStore_EqualsTheConstructedOne()
    {
        var ballots = RandomBallots(4, 2000, 13, strictComplete: false);
        var text = new StringBuilder("# NUMBER ALTERNATIVES: 4\n");
        for (var c = 1; c <= 4; c++)
        {
            text.Append(CultureInfo.InvariantCulture, $"# ALTERNATIVE NAME {c}: {(char)('A' + c - 1)}\n");
        }

        foreach (var b in ballots.Where(b => b.RankedCount > 0))
        {
            text.Append("1: ").Append(b).Append('\n');
        }

        var read = PrefLibReader.ReadRanked(new StringReader(text.ToString()), "x.toi");
        var built = new RankedProfile(CandidateSet.Letters(4), ballots.Where(b => b.RankedCount > 0));
        read.DistinctBallotCount.ShouldBe(built.DistinctBallotCount);
        ShouldBeSameProfile(read, built);
        ShouldMatchBallots(read);
        read.Ballots.Select(b => b.Ballot.GetHashCode()).ShouldBe(built.Ballots.Select(b => b.Ballot.GetHashCode()));
    }

    [Fact]
    public void WithTruncation_SharesTheStore()
    {
        var profile = new RankedProfile(CandidateSet.Letters(4), RandomBallots(4, 500, 17, strictComplete: false));
        var other = profile.WithTruncation(TruncationMode.Incomparable);
        other.Store.ShouldBeSameAs(profile.Store);
        other.Ballots.ShouldBe(profile.Ballots);
        other.TotalWeight.ShouldBe(profile.TotalWeight);
    }
}
