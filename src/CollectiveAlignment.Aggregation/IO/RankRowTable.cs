using CollectiveAlignment.Aggregation.Ballots;

namespace CollectiveAlignment.Aggregation.IO;

/// <summary>
/// The distinct rank vectors read from a file (or one part of it), stored flat with their voter counts and the line each was
/// first seen on. A repeated ballot costs one hash probe and no allocation, so memory grows with distinct ballots only, and
/// no per-ballot object is made: the profile's store is built from these rows directly.
/// </summary>
internal sealed class RankRowTable
{
    private readonly int _n;
    private int[] _rows;
    private long[] _counts;
    private int[] _lines;
    private int[] _hashes;

    // Open addressing over row indices + 1 (0 = empty slot), kept at most half full.
    private int[] _slots;

    public RankRowTable(int candidateCount)
    {
        _n = candidateCount;
        const int initial = 256;
        _rows = new int[initial * Math.Max(candidateCount, 1)];
        _counts = new long[initial];
        _lines = new int[initial];
        _hashes = new int[initial];
        _slots = new int[initial * 2];
    }

    /// <summary>Number of distinct rows.</summary>
    public int Count { get; private set; }

    /// <summary>Sum of the counts added (checked).</summary>
    public long Voters { get; private set; }

    /// <summary>Number of candidates per row.</summary>
    public int CandidateCount => _n;

    /// <summary>Row <paramref name="index"/>'s rank vector.</summary>
    public ReadOnlySpan<int> Row(int index) => _rows.AsSpan(index * _n, _n);

    /// <summary>Voters who cast row <paramref name="index"/>.</summary>
    public long CountOf(int index) => _counts[index];

    /// <summary>The line row <paramref name="index"/> was first read on.</summary>
    public int LineOf(int index) => _lines[index];

    /// <summary>Adds <paramref name="count"/> voters casting <paramref name="ranks"/>, read on <paramref name="line"/>.</summary>
    public void Add(ReadOnlySpan<int> ranks, long count, int line)
    {
        Voters = checked(Voters + count);
        if (Count == _counts.Length)
        {
            Grow();
        }

        var hash = RankedBallot.HashOf(ranks);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var existing = _slots[slot] - 1;
            if (_hashes[existing] == hash && Row(existing).SequenceEqual(ranks))
            {
                _counts[existing] = checked(_counts[existing] + count);
                return;
            }

            slot = (slot + 1) & mask;
        }

        ranks.CopyTo(_rows.AsSpan(Count * _n, _n));
        _counts[Count] = count;
        _lines[Count] = line;
        _hashes[Count] = hash;
        _slots[slot] = ++Count;
    }

    private void Grow()
    {
        var capacity = checked(_counts.Length * 2);
        Array.Resize(ref _rows, checked(capacity * Math.Max(_n, 1)));
        Array.Resize(ref _counts, capacity);
        Array.Resize(ref _lines, capacity);
        Array.Resize(ref _hashes, capacity);
        _slots = new int[checked(capacity * 2)];
        var mask = _slots.Length - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = _hashes[i] & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = i + 1;
        }
    }
}
