namespace CollectiveAlignment.Aggregation.Ballots;

/// <summary>
/// A ranked ballot: tiers of tied candidates from best to worst. Candidates in no tier are unranked (a truncated ballot);
/// how they are read is the profile's <see cref="TruncationMode"/>. Immutable; equality is by content.
/// </summary>
public sealed class RankedBallot : IEquatable<RankedBallot>
{
    /// <summary>The rank value of an unranked candidate in <see cref="RankOf"/>.</summary>
    public const int Unranked = -1;

    // Flat layout for allocation-free inner loops: the order holds the ranked candidates best tier first (ascending within a
    // tier) and tier t is Order[TierBounds[t]..TierBounds[t + 1]]. The three arrays may be slices of a profile's shared store
    // (RankedBallotStore), so a profile of 10⁶ distinct ballots is a few contiguous arrays plus one small view object each.
    // The jagged Tiers view is built only when someone asks for it.
    private readonly int[] _ranks;
    private readonly int _ranksAt;
    private readonly int _candidateCount;
    private readonly int[] _order;
    private readonly int _orderAt;
    private readonly int _orderLength;
    private readonly int[] _bounds;
    private readonly int _boundsAt;
    private readonly int _tierCount;
    private readonly int _hash;
    private int[][]? _tiers;

    private RankedBallot(int[] ranks, int[] order, int[] bounds)
        : this(ranks, 0, ranks.Length, order, 0, order.Length, bounds, 0, bounds.Length - 1)
    {
    }

    private RankedBallot(int[] ranks, int ranksAt, int candidateCount, int[] order, int orderAt, int orderLength, int[] bounds, int boundsAt, int tierCount)
    {
        _ranks = ranks;
        _ranksAt = ranksAt;
        _candidateCount = candidateCount;
        _order = order;
        _orderAt = orderAt;
        _orderLength = orderLength;
        _bounds = bounds;
        _boundsAt = boundsAt;
        _tierCount = tierCount;
        _hash = HashOf(Ranks);
    }

    /// <summary>A ballot viewing slices of shared arrays (no copy; the owner must never change them).</summary>
    internal static RankedBallot View(int[] ranks, int ranksAt, int candidateCount, int[] order, int orderAt, int orderLength, int[] bounds, int boundsAt) =>
        new(ranks, ranksAt, candidateCount, order, orderAt, orderLength, bounds, boundsAt, orderLength == 0 ? 0 : TierCountOf(ranks.AsSpan(ranksAt, candidateCount)));

    private static int TierCountOf(ReadOnlySpan<int> ranks)
    {
        var max = Unranked;
        foreach (var r in ranks)
        {
            max = Math.Max(max, r);
        }

        return max + 1;
    }

    /// <summary>Builds a ballot from tiers (best first) over <paramref name="candidateCount"/> candidates.</summary>
    /// <exception cref="ArgumentException">A candidate is out of range or appears twice, or a tier is empty.</exception>
    public static RankedBallot FromTiers(int candidateCount, IEnumerable<IEnumerable<int>> tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        var ranks = new int[candidateCount];
        Array.Fill(ranks, Unranked);
        var tierCount = 0;
        foreach (var tier in tiers)
        {
            var any = false;
            foreach (var c in tier)
            {
                if ((uint)c >= (uint)candidateCount)
                {
                    throw new ArgumentException($"Candidate index {c} is outside 0..{candidateCount - 1}.", nameof(tiers));
                }

                if (ranks[c] != Unranked)
                {
                    throw new ArgumentException($"Candidate index {c} appears twice on one ballot.", nameof(tiers));
                }

                ranks[c] = tierCount;
                any = true;
            }

            if (!any)
            {
                throw new ArgumentException("A tier of a ranked ballot is empty.", nameof(tiers));
            }

            tierCount++;
        }

        return FromCanonicalRanks(ranks, tierCount);
    }

    /// <summary>
    /// Builds a ballot from a rank vector: <paramref name="ranks"/>[c] is candidate c's tier (0 = best) or <see cref="Unranked"/>.
    /// Tier numbers may have gaps; they are renumbered 0, 1, 2, … in order.
    /// </summary>
    /// <exception cref="ArgumentException">A rank is below <see cref="Unranked"/>.</exception>
    public static RankedBallot FromRanks(ReadOnlySpan<int> ranks)
    {
        var copy = ranks.ToArray();
        var distinct = copy.Where(r => r != Unranked).Distinct().Order().ToArray();
        if (copy.Any(r => r < Unranked))
        {
            throw new ArgumentException("A rank is below -1 (unranked).", nameof(ranks));
        }

        for (var c = 0; c < copy.Length; c++)
        {
            if (copy[c] != Unranked)
            {
                copy[c] = Array.BinarySearch(distinct, copy[c]);
            }
        }

        return FromCanonicalRanks(copy, distinct.Length);
    }

    /// <summary>Builds from a rank vector whose tiers are already numbered 0..tierCount-1 without gaps (takes ownership).</summary>
    internal static RankedBallot FromCanonicalRanks(int[] ranks, int tierCount)
    {
        var bounds = new int[tierCount + 1];
        foreach (var r in ranks)
        {
            if (r != Unranked)
            {
                bounds[r + 1]++;
            }
        }

        for (var t = 0; t < tierCount; t++)
        {
            bounds[t + 1] += bounds[t];
        }

        var order = new int[bounds[tierCount]];
        var fill = bounds[..tierCount];
        for (var c = 0; c < ranks.Length; c++)
        {
            if (ranks[c] != Unranked)
            {
                order[fill[ranks[c]]++] = c;
            }
        }

        return new RankedBallot(ranks, order, bounds);
    }

    /// <summary>The hash of a canonical rank vector; equal to <see cref="GetHashCode"/> of the ballot it describes.</summary>
    internal static int HashOf(ReadOnlySpan<int> ranks)
    {
        var hash = default(HashCode);
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(ranks));
        return hash.ToHashCode();
    }

    /// <summary>Builds a strict (possibly truncated) order: <paramref name="order"/>[0] is the favourite.</summary>
    public static RankedBallot FromOrder(int candidateCount, params int[] order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return FromTiers(candidateCount, order.Select(c => new[] { c }));
    }

    /// <summary>Number of candidates the ballot is over.</summary>
    public int CandidateCount => _candidateCount;

    /// <summary>The tiers, best first; each tier is sorted by candidate index. Inner loops should prefer <see cref="Order"/>.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Tiers => _tiers ??= BuildTiers();

    /// <summary>The ranked candidates, best tier first, ascending by index within a tier.</summary>
    public ReadOnlySpan<int> Order => _order.AsSpan(_orderAt, _orderLength);

    /// <summary>Tier boundaries in <see cref="Order"/>: tier t is <c>Order[TierBounds[t]..TierBounds[t + 1]]</c>.</summary>
    public ReadOnlySpan<int> TierBounds => _bounds.AsSpan(_boundsAt, _tierCount + 1);

    /// <summary>Number of tiers.</summary>
    public int TierCount => _tierCount;

    /// <summary>Number of ranked candidates.</summary>
    public int RankedCount => _orderLength;

    /// <summary>True when every candidate is ranked.</summary>
    public bool IsComplete => _orderLength == _candidateCount;

    /// <summary>True when no tier holds more than one candidate.</summary>
    public bool IsStrict => _tierCount == _orderLength;

    /// <summary>The tier index of <paramref name="candidate"/> (0 = best) or <see cref="Unranked"/>.</summary>
    public int RankOf(int candidate) => Ranks[candidate];

    /// <summary>The tier index array (read-only view) used by fast inner loops.</summary>
    public ReadOnlySpan<int> Ranks => _ranks.AsSpan(_ranksAt, _candidateCount);

    /// <summary>The tiers under the default truncation reading: the unranked candidates, if any, form one last tier.</summary>
    public IReadOnlyList<IReadOnlyList<int>> TiersWithUnrankedLast()
    {
        var unranked = new List<int>();
        var ranks = Ranks;
        for (var c = 0; c < ranks.Length; c++)
        {
            if (ranks[c] == Unranked)
            {
                unranked.Add(c);
            }
        }


        return unranked.Count == 0 ? Tiers : [.. Tiers, unranked];
    }

    /// <summary>
    /// Returns this ballot with the candidates outside <paramref name="keep"/> removed (tiers that become empty disappear).
    /// Used by elimination methods.
    /// </summary>
    public RankedBallot Restrict(IReadOnlySet<int> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        return FromTiers(_candidateCount, Tiers.Select(t => t.Where(keep.Contains).ToArray()).Where(t => t.Length > 0));
    }

    private int[][] BuildTiers()
    {
        var tiers = new int[_tierCount][];
        var order = Order;
        var bounds = TierBounds;
        for (var t = 0; t < tiers.Length; t++)
        {
            tiers[t] = order[bounds[t]..bounds[t + 1]].ToArray();
        }

        return tiers;
    }

    /// <inheritdoc />
    public bool Equals(RankedBallot? other) =>
        other is not null && (ReferenceEquals(this, other) || (_hash == other._hash && Ranks.SequenceEqual(other.Ranks)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RankedBallot);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <summary>A total order on ballots (by rank vector) so compressed profiles have one canonical order.</summary>
    internal int CompareTo(RankedBallot? other) => other is null ? 1 : Ranks.SequenceCompareTo(other.Ranks);

    /// <summary>PrefLib-style text over candidate indices (1-based), e.g. <c>2,{1,3}</c>.</summary>
    public override string ToString() =>
        string.Join(",", Tiers.Select(t => t.Count == 1 ? (t[0] + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "{" + string.Join(",", t.Select(c => (c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))) + "}"));
}
