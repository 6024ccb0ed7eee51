namespace CollectiveAlignment.Aggregation.IO;

/// <summary>
/// Distinct rank vectors in the profile's canonical order (lexicographic by rank vector, as <c>RankedBallot</c> compares), with
/// summed counts and the first line each was read on. Built by sorting each part's rows (in parallel) and merging the parts.
/// </summary>
/// <param name="Ranks">The rows, <c>n</c> entries each.</param>
/// <param name="Counts">Voters per row.</param>
/// <param name="Lines">The first line each row was read on.</param>
internal sealed record CanonicalRows(int[] Ranks, long[] Counts, int[] Lines)
{
    /// <summary>Merges tables read from consecutive parts of one file; part p's lines are offset by <paramref name="lineOffsets"/>[p].</summary>
    public static CanonicalRows Merge(IReadOnlyList<RankRowTable> parts, IReadOnlyList<int> lineOffsets)
    {
        var n = parts[0].CandidateCount;
        var sorted = new SortedPart[parts.Count];
        Parallel.For(0, parts.Count, p => sorted[p] = SortedPart.Of(parts[p]));

        var total = 0;
        foreach (var part in parts)
        {
            total = checked(total + part.Count);
        }

        // First the merged order (keys are read in sequence; rows only when keys tie), then the rows gathered in parallel: each
        // gather is a random read, and the parts of the output are disjoint.
        var sources = new (int Part, int Index)[total];
        var counts = new long[total];
        var lines = new int[total];
        var heads = new int[parts.Count];
        var m = 0;
        var lastKey = 0UL;
        while (true)
        {
            // The smallest head among the parts (few parts: a linear scan).
            var best = -1;
            for (var p = 0; p < parts.Count; p++)
            {
                if (heads[p] < parts[p].Count && (best < 0 || sorted[p].CompareHeads(heads[p], sorted[best], heads[best]) < 0))
                {
                    best = p;
                }
            }

            if (best < 0)
            {
                break;
            }

            var index = sorted[best].Order[heads[best]];
            var line = lineOffsets[best] + parts[best].LineOf(index);
            var key = sorted[best].Keys[heads[best]];
            if (m > 0 && key == lastKey && parts[best].Row(index).SequenceEqual(parts[sources[m - 1].Part].Row(sources[m - 1].Index)))
            {
                counts[m - 1] = checked(counts[m - 1] + parts[best].CountOf(index));
                lines[m - 1] = Math.Min(lines[m - 1], line);
            }
            else
            {
                sources[m] = (best, index);
                lastKey = key;
                counts[m] = parts[best].CountOf(index);
                lines[m] = line;
                m++;
            }

            heads[best]++;
        }

        var ranks = new int[checked(m * n)];
        var gathers = m >= 65536 ? 4 : 1;
        Parallel.For(0, gathers, g =>
        {
            var to = (int)((long)m * (g + 1) / gathers);
            for (var i = (int)((long)m * g / gathers); i < to; i++)
            {
                parts[sources[i].Part].Row(sources[i].Index).CopyTo(ranks.AsSpan(i * n, n));
            }
        });

        if (m < total)
        {
            Array.Resize(ref counts, m);
            Array.Resize(ref lines, m);
        }

        return new CanonicalRows(ranks, counts, lines);
    }

    /// <summary>One part's rows in canonical order, with a sort key per position.</summary>
    private sealed class SortedPart
    {
        private readonly RankRowTable _table;

        private SortedPart(RankRowTable table, ulong[] keys, int[] order)
        {
            _table = table;
            Keys = keys;
            Order = order;
        }

        /// <summary>Sort keys by position: the first ranks packed so most comparisons are one integer comparison.</summary>
        public ulong[] Keys { get; }

        /// <summary>Row indices in canonical order.</summary>
        public int[] Order { get; }

        public static SortedPart Of(RankRowTable table)
        {
            var n = table.CandidateCount;

            // Rank r (−1 = unranked) is stored as r + 1 in `bits` bits, first candidate most significant, so key order is the
            // lexicographic order of the first `packed` ranks. Rows that agree on those are ordered by a full comparison.
            var bits = Math.Max(1, 32 - int.LeadingZeroCount(n));
            var packed = Math.Min(n, 64 / bits);
            var keys = new ulong[table.Count];
            var order = new int[table.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                var row = table.Row(i);
                var key = 0UL;
                for (var c = 0; c < packed; c++)
                {
                    key = (key << bits) | (uint)(row[c] + 1);
                }

                keys[i] = key;
                order[i] = i;
            }

            Array.Sort(keys, order);
            if (packed < n)
            {
                var byRow = Comparer<int>.Create((x, y) => table.Row(x).SequenceCompareTo(table.Row(y)));
                for (var start = 0; start < keys.Length;)
                {
                    var end = start + 1;
                    while (end < keys.Length && keys[end] == keys[start])
                    {
                        end++;
                    }

                    if (end - start > 1)
                    {
                        Array.Sort(order, start, end - start, byRow);
                    }

                    start = end;
                }
            }

            return new SortedPart(table, keys, order);
        }

        /// <summary>Compares this part's row at <paramref name="position"/> with <paramref name="other"/>'s at <paramref name="otherPosition"/>.</summary>
        public int CompareHeads(int position, SortedPart other, int otherPosition)
        {
            var byKey = Keys[position].CompareTo(other.Keys[otherPosition]);
            return byKey != 0 ? byKey : _table.Row(Order[position]).SequenceCompareTo(other._table.Row(other.Order[otherPosition]));
        }
    }
}
