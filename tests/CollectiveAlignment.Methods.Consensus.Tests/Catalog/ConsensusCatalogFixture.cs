using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Registry;
using CollectiveAlignment.Methods.Consensus.Catalog;

namespace CollectiveAlignment.Methods.Consensus.Tests.Catalog;

/// <summary>The registry over the consensus catalog, built once, and random profiles of either ballot kind it reads.</summary>
public static class ConsensusCatalogFixture
{
    public static MethodRegistry Registry { get; } = MethodRegistry.Build([typeof(OpinionGroupsMethod).Assembly]);

    public static TheoryData<string> MethodIds()
    {
        var data = new TheoryData<string>();
        foreach (var m in Registry.Methods)
        {
            data.Add(m.Id);
        }

        return data;
    }

    /// <summary>Random ballots of <paramref name="kind"/> over <paramref name="n"/> candidates.</summary>
    public static List<object> RandomBallots(BallotKind kind, Random rng, int n, int count)
    {
        var ballots = new List<object>();
        for (var i = 0; i < count; i++)
        {
            if (kind == BallotKind.StatementVote)
            {
                ballots.Add(new StatementVoteBallot(Enumerable.Range(0, n).Select(_ => rng.Next(4) switch
                {
                    0 => (StatementVote?)null,
                    1 => StatementVote.Agree,
                    2 => StatementVote.Disagree,
                    _ => StatementVote.Pass,
                }).ToArray()));
            }
            else
            {
                var comparisons = new List<PairwiseComparison>();
                for (var c = rng.Next(1, 5); c > 0; c--)
                {
                    var a = rng.Next(n);
                    var b = (a + 1 + rng.Next(n - 1)) % n;
                    comparisons.Add(new PairwiseComparison(a, b, rng.Next(8) == 0));
                }

                ballots.Add(new PairwiseBallot(n, comparisons));
            }
        }

        return ballots;
    }

    /// <summary>A profile of <paramref name="kind"/> from ballots with counts (weight = count).</summary>
    public static Profile Profile(BallotKind kind, CandidateSet names, IEnumerable<object> ballots, IEnumerable<int>? counts = null)
    {
        var list = ballots.ToList();
        var c = counts?.ToList() ?? [.. Enumerable.Repeat(1, list.Count)];
        return kind == BallotKind.StatementVote
            ? new StatementVoteProfile(names, list.Select((b, i) => new WeightedBallot<StatementVoteBallot>((StatementVoteBallot)b, c[i], c[i])))
            : new PairwiseProfile(names, list.Select((b, i) => new WeightedBallot<PairwiseBallot>((PairwiseBallot)b, c[i], c[i])));
    }
}
