using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Registry;

namespace CollectiveAlignment.Methods.Cardinal.Tests;

/// <summary>The cardinal registry and seeded profile generators for the contract theory.</summary>
public static class CardinalCatalog
{
    public static MethodRegistry Registry { get; } = MethodRegistry.Build([typeof(Star).Assembly]);

    public static TheoryData<string> MethodIds()
    {
        var data = new TheoryData<string>();
        foreach (var m in Registry.Methods)
        {
            data.Add(m.Id);
        }

        return data;
    }

    public static AggregationResult Run(string id, Profile profile, MethodParameters? parameters = null) =>
        Registry.Get(id).Aggregate(profile, parameters ?? MethodParameters.Empty, TestContext.Current.CancellationToken);

    public static string Json(string id, Profile profile)
    {
        var m = Registry.Get(id);
        return CanonicalJson.SerializeToString(Run(id, profile), profile.Candidates, m.Id, m.Version, MethodParameters.Empty);
    }

    /// <summary>Random ballots of the method's kind as per-candidate values (approval 0/1, score 0..5 or blank).</summary>
    public static List<int?[]> RandomBallots(Random rng, BallotKind kind, int candidates, int voters) =>
        [.. Enumerable.Range(0, voters).Select(_ => Enumerable.Range(0, candidates).Select(_ => kind == BallotKind.Approval
            ? rng.Next(2)
            : rng.Next(8) == 0 ? (int?)null : rng.Next(0, 6)).ToArray())];

    public static Profile Build(BallotKind kind, CandidateSet candidates, IEnumerable<(int?[] Values, long Count)> ballots) => kind switch
    {
        BallotKind.Approval => new ApprovalProfile(candidates, ballots.Select(b =>
            new WeightedBallot<ApprovalBallot>(new ApprovalBallot(candidates.Count, Enumerable.Range(0, b.Values.Length).Where(c => b.Values[c] == 1)), b.Count, b.Count))),
        BallotKind.Score => new ScoreProfile(candidates, 0, 5, ballots.Select(b => new WeightedBallot<ScoreBallot>(new ScoreBallot(b.Values), b.Count, b.Count))),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
