namespace CollectiveAlignment.Aggregation.Ballots;

/// <summary>
/// A ranked ballot: tiers of tied candidates from best to worst. Candidates in no tier are unranked (a truncated ballot);
/// how they are read is the profile's <see cref="TruncationMode"/>. Immutable; equality is by content.
/// </summary>
public sealed class RankedBallot : IEquatable<RankedBallot>
{
    /// <summary>The rank value of an unranked candidate in <see cref="RankOf"/>.</summary>
    public const int Unranked = -1;

    // Strict ballots are mostly one-candidate tiers; sharing those arrays cuts the memory per distinct ballot by about half.
    private static readonly int[][] Singletons = [.. Enumerable.Range(0, 256).Select(c => new[] { c })];

    private readonly int[] _ranks;
    private readonly int[][] _tiers;
    private readonly int _hash;

    private RankedBallot(int[] ranks, int[][] tiers)
    {
        _ranks = ranks;
        _tiers = tiers;
        var hash = default(HashCode);
        foreach (var r in ranks)
        {
            hash.Add(r);
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>Builds a ballot from tiers (best first) over <paramref name="candidateCount"/> candidates.</summary>
    /// <exception cref="ArgumentException">A candidate is out of range or appears twice, or a tier is empty.</exception>
    public static RankedBallot FromTiers(int candidateCount, IEnumerable<IEnumerable<int>> tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        var ranks = new int[candidateCount];
        Array.Fill(ranks, Unranked);
        var list = new List<int[]>();
        foreach (var tier in tiers)
        {
            var members = tier.ToArray();
            if (members.Length == 0)
            {
                throw new ArgumentException("A tier of a ranked ballot is empty.", nameof(tiers));
            }

            Array.Sort(members);
            if (members.Length == 1 && members[0] >= 0 && members[0] < Singletons.Length)
            {
                members = Singletons[members[0]];
            }

            foreach (var c in members)
            {
                if ((uint)c >= (uint)candidateCount)
                {
                    throw new ArgumentException($"Candidate index {c} is outside 0..{candidateCount - 1}.", nameof(tiers));
                }

                if (ranks[c] != Unranked)
                {
                    throw new ArgumentException($"Candidate index {c} appears twice on one ballot.", nameof(tiers));
                }

                ranks[c] = list.Count;
            }

            list.Add(members);
        }

        return new RankedBallot(ranks, [.. list]);
    }

    /// <summary>Builds a strict (possibly truncated) order: <paramref name="order"/>[0] is the favourite.</summary>
    public static RankedBallot FromOrder(int candidateCount, params int[] order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return FromTiers(candidateCount, order.Select(c => new[] { c }));
    }

    /// <summary>Number of candidates the ballot is over.</summary>
    public int CandidateCount => _ranks.Length;

    /// <summary>The tiers, best first; each tier is sorted by candidate index.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Tiers => _tiers;

    /// <summary>Number of ranked candidates.</summary>
    public int RankedCount => _ranks.Count(r => r != Unranked);

    /// <summary>True when every candidate is ranked.</summary>
    public bool IsComplete => Array.IndexOf(_ranks, Unranked) < 0;

    /// <summary>True when no tier holds more than one candidate.</summary>
    public bool IsStrict => _tiers.All(t => t.Length == 1);

    /// <summary>The tier index of <paramref name="candidate"/> (0 = best) or <see cref="Unranked"/>.</summary>
    public int RankOf(int candidate) => _ranks[candidate];

    /// <summary>The tier index array (read-only view) used by fast inner loops.</summary>
    public ReadOnlySpan<int> Ranks => _ranks;

    /// <summary>The tiers under the default truncation reading: the unranked candidates, if any, form one last tier.</summary>
    public IReadOnlyList<IReadOnlyList<int>> TiersWithUnrankedLast()
    {
        var unranked = Enumerable.Range(0, _ranks.Length).Where(c => _ranks[c] == Unranked).ToArray();
        return unranked.Length == 0 ? _tiers : [.. _tiers, unranked];
    }

    /// <summary>
    /// Returns this ballot with the candidates outside <paramref name="keep"/> removed (tiers that become empty disappear).
    /// Used by elimination methods.
    /// </summary>
    public RankedBallot Restrict(IReadOnlySet<int> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        return FromTiers(_ranks.Length, _tiers.Select(t => t.Where(keep.Contains).ToArray()).Where(t => t.Length > 0));
    }

    /// <inheritdoc />
    public bool Equals(RankedBallot? other) =>
        other is not null && (ReferenceEquals(this, other) || (_hash == other._hash && _ranks.AsSpan().SequenceEqual(other._ranks)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RankedBallot);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <summary>A total order on ballots (by rank vector) so compressed profiles have one canonical order.</summary>
    internal int CompareTo(RankedBallot? other) => other is null ? 1 : _ranks.AsSpan().SequenceCompareTo(other._ranks);

    /// <summary>PrefLib-style text over candidate indices (1-based), e.g. <c>2,{1,3}</c>.</summary>
    public override string ToString() =>
        string.Join(",", _tiers.Select(t => t.Length == 1 ? (t[0] + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "{" + string.Join(",", t.Select(c => (c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))) + "}"));
}
