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
    private readonly Func<WeightedBallot<TBallot>[]>? _materialize;
    private readonly int _count;
    private WeightedBallot<TBallot>[]? _ballots;
    private object? _materializeLock;

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

    /// <summary>
    /// For profiles that keep their entries in another form and build the entry array only when someone asks for it (a profile
    /// of 10⁶ distinct ballots need not allocate 10⁶ ballot objects to be counted). The entries must be distinct, valid and in
    /// canonical order; <paramref name="totalWeight"/> must be their weights summed in that order.
    /// </summary>
    private protected Profile(CandidateSet candidates, int count, long voterCount, double totalWeight, Func<WeightedBallot<TBallot>[]> materialize)
        : base(candidates)
    {
        _count = count;
        _materialize = materialize;
        VoterCount = voterCount;
        TotalWeight = totalWeight;
    }

    /// <summary>The distinct ballots with counts and weights, in canonical order.</summary>
    public IReadOnlyList<WeightedBallot<TBallot>> Ballots => Entries;

    /// <summary>The same entries as a span, for inner loops over millions of ballots (no interface dispatch per entry).</summary>
    public ReadOnlySpan<WeightedBallot<TBallot>> BallotSpan => Entries;

    /// <summary>The entries array, for derived profiles' parallel loops (lambdas cannot capture spans).</summary>
    private protected WeightedBallot<TBallot>[] BallotArray => Entries;

    /// <inheritdoc />
    public override long VoterCount { get; }

    /// <inheritdoc />
    public override double TotalWeight { get; }

    /// <inheritdoc />
    public override int DistinctBallotCount => _ballots?.Length ?? _count;

    private WeightedBallot<TBallot>[] Entries => _ballots ?? LazyInitializer.EnsureInitialized(ref _ballots, ref _materializeLock, _materialize!);

    /// <summary>Unweighted entries: each ballot once per voter with weight 1.</summary>
    protected static IEnumerable<WeightedBallot<TBallot>> Unweighted(IEnumerable<TBallot> ballots) =>
        ballots.Select(b => new WeightedBallot<TBallot>(b, 1, 1));
}
