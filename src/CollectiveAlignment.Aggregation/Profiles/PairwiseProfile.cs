using CollectiveAlignment.Aggregation.Ballots;

namespace CollectiveAlignment.Aggregation.Profiles;

/// <summary>A compressed profile of pairwise-comparison ballots, with the weighted matrix of comparisons computed once.</summary>
public sealed class PairwiseProfile : Profile<PairwiseBallot>
{
    private readonly Lazy<PairwiseMatrix> _matrix;

    /// <summary>Creates a profile from weighted ballots (identical ballots are merged).</summary>
    public PairwiseProfile(CandidateSet candidates, IEnumerable<WeightedBallot<PairwiseBallot>> ballots)
        : base(candidates, ballots, b => b.CandidateCount, (x, y) => x.CompareTo(y))
    {
        _matrix = new Lazy<PairwiseMatrix>(ComputeMatrix, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Creates a profile with one participant of weight 1 per ballot.</summary>
    public PairwiseProfile(CandidateSet candidates, IEnumerable<PairwiseBallot> ballots)
        : this(candidates, Unweighted(ballots))
    {
    }

    /// <inheritdoc />
    public override BallotKind Kind => BallotKind.Pairwise;

    /// <summary>Weight of comparisons won by a over b (ties count for neither).</summary>
    public PairwiseMatrix Matrix => _matrix.Value;

    private PairwiseMatrix ComputeMatrix()
    {
        var n = Candidates.Count;
        var s = new double[n * n];
        foreach (var wb in Ballots)
        {
            foreach (var c in wb.Ballot.Comparisons)
            {
                if (!c.IsTie)
                {
                    s[(c.First * n) + c.Second] += wb.Weight;
                }
            }
        }

        return new PairwiseMatrix(n, s);
    }
}
