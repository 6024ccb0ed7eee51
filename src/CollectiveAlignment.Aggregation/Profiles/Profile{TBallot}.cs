using CollectiveAlignment.Aggregation.Ballots;

namespace CollectiveAlignment.Aggregation.Profiles;

/// <summary>
/// A compressed profile: identical ballots are merged into one entry with a count and a total weight, and entries are kept in
/// the ballot type's canonical order, so a profile's content does not depend on the order ballots arrived in (anonymity by construction).
/// </summary>
/// <typeparam name="TBallot">The ballot type.</typeparam>
public abstract class Profile<TBallot> : Profile
    where TBallot : IEquatable<TBallot>
{
    private readonly WeightedBallot<TBallot>[] _ballots;

    private protected Profile(CandidateSet candidates, IEnumerable<WeightedBallot<TBallot>> ballots, Func<TBallot, int> candidateCountOf, Comparison<TBallot> canonicalOrder, bool alreadyDistinct = false)
        : base(candidates)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        if (alreadyDistinct)
        {
            // Readers that merge identical ballots themselves skip the second dictionary (it doubles peak memory on 10⁶ ballots).
            _ballots = [.. ballots];
            Array.Sort(_ballots, (x, y) => canonicalOrder(x.Ballot, y.Ballot));
            VoterCount = _ballots.Sum(b => b.Count);
            TotalWeight = _ballots.Sum(b => b.Weight);
            return;
        }

        var merged = new Dictionary<TBallot, (long Count, double Weight)>();
        foreach (var b in ballots)
        {
            if (b.Ballot is null)
            {
                throw new ArgumentException("A ballot is null.", nameof(ballots));
            }

            if (candidateCountOf(b.Ballot) != candidates.Count)
            {
                throw new ArgumentException($"A ballot is over {candidateCountOf(b.Ballot)} candidates but the profile has {candidates.Count}.", nameof(ballots));
            }

            if (b.Count < 0 || !double.IsFinite(b.Weight) || b.Weight < 0)
            {
                throw new ArgumentException($"A ballot has a negative count or an invalid weight ({b.Count}, {b.Weight}).", nameof(ballots));
            }

            if (b.Count == 0 && b.Weight == 0)
            {
                continue;
            }

            merged[b.Ballot] = merged.TryGetValue(b.Ballot, out var cw) ? (cw.Count + b.Count, cw.Weight + b.Weight) : (b.Count, b.Weight);
        }

        _ballots = [.. merged.Select(kv => new WeightedBallot<TBallot>(kv.Key, kv.Value.Count, kv.Value.Weight))];
        Array.Sort(_ballots, (x, y) => canonicalOrder(x.Ballot, y.Ballot));
        VoterCount = _ballots.Sum(b => b.Count);
        TotalWeight = _ballots.Sum(b => b.Weight);
    }

    /// <summary>For profiles whose entries are already distinct, valid and in canonical order (takes ownership of the array).</summary>
    private protected Profile(CandidateSet candidates, WeightedBallot<TBallot>[] canonical)
        : base(candidates)
    {
        _ballots = canonical;
        var voters = 0L;
        var weight = 0.0;

        // Summed in entry order, as Enumerable.Sum does, so the total is the same bit for bit as on the general path.
        foreach (ref readonly var b in canonical.AsSpan())
        {
            voters = checked(voters + b.Count);
            weight += b.Weight;
        }

        VoterCount = voters;
        TotalWeight = weight;
    }

    /// <summary>The distinct ballots with counts and weights, in canonical order.</summary>
    public IReadOnlyList<WeightedBallot<TBallot>> Ballots => _ballots;

    /// <summary>The same entries as a span, for inner loops over millions of ballots (no interface dispatch per entry).</summary>
    public ReadOnlySpan<WeightedBallot<TBallot>> BallotSpan => _ballots;

    /// <summary>The entries array, for derived profiles' parallel loops (lambdas cannot capture spans).</summary>
    private protected WeightedBallot<TBallot>[] BallotArray => _ballots;

    /// <inheritdoc />
    public override long VoterCount { get; }

    /// <inheritdoc />
    public override double TotalWeight { get; }

    /// <inheritdoc />
    public override int DistinctBallotCount => _ballots.Length;

    /// <summary>Unweighted entries: each ballot once per voter with weight 1.</summary>
    protected static IEnumerable<WeightedBallot<TBallot>> Unweighted(IEnumerable<TBallot> ballots) =>
        ballots.Select(b => new WeightedBallot<TBallot>(b, 1, 1));
}
