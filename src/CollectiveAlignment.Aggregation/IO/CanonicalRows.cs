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
        Parallel.For(0, parts.Count, p => sorted[p] = SortedPart.Of(parts[p], lineOffsets[p]));
        if (sorted.Length == 1)
        {
            return new CanonicalRows(sorted[0].Rows, sorted[0].Counts, sorted[0].Lines);
        }

        var total = 0;
        foreach (var part in sorted)
        {
            total = checked(total + part.Counts.Length);
        }

        // Every part is already in canonical order with its counts and lines alongside, so the merge reads them in sequence.
        var ranks = new int[checked(total * n)];
        var counts = new long[total];
        var lines = new int[total];
        var heads = new int[sorted.Length];
        var m = 0;
        var lastKey = 0UL;
        while (true)
        {
            // The smallest head among the parts (few parts: a linear scan).
            var best = -1;
            for (var p = 0; p < sorted.Length; p++)
            {
                if (heads[p] < sorted[p].Counts.Length && (best < 0 || sorted[p].CompareHeads(heads[p], sorted[best], heads[best]) < 0))
                {
                    best = p;
                }
            }

            if (best < 0)
            {
                break;
            }

            var part = sorted[best];
            var head = heads[best]++;
            var key = part.Keys[head];
            var row = part.Row(head);
            if (m > 0 && key == lastKey && row.SequenceEqual(ranks.AsSpan((m - 1) * n, n)))
            {
                counts[m - 1] = checked(counts[m - 1] + part.Counts[head]);
                lines[m - 1] = Math.Min(lines[m - 1], part.Lines[head]);
                continue;
            }

            row.CopyTo(ranks.AsSpan(m * n, n));
            counts[m] = part.Counts[head];
            lines[m] = part.Lines[head];
            lastKey = key;
            m++;
        }

        if (m < total)
        {
            Array.Resize(ref ranks, m * n);
            Array.Resize(ref counts, m);
            Array.Resize(ref lines, m);
        }

        return new CanonicalRows(ranks, counts, lines);
    }

    /// <summary>One part's rows, counts and (absolute) lines in canonical order, with a sort key per position.</summary>
    private sealed class SortedPart
    {
        private readonly int _n;

        private SortedPart(int n, ulong[] keys, int[] rows, long[] counts, int[] lines)
        {
            _n = n;
            Keys = keys;
            Rows = rows;
            Counts = counts;
            Lines = lines;
        }

        /// <summary>Sort keys by position: the first ranks packed so most comparisons are one integer comparison.</summary>
        public ulong[] Keys { get; }

        public int[] Rows { get; }

        public long[] Counts { get; }

        public int[] Lines { get; }

        public ReadOnlySpan<int> Row(int position) => Rows.AsSpan(position * _n, _n);

        public static SortedPart Of(RankRowTable table, int lineOffset)
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

            var rows = new int[checked(order.Length * n)];
            var counts = new long[order.Length];
            var lines = new int[order.Length];
            for (var j = 0; j < order.Length; j++)
            {
                table.Row(order[j]).CopyTo(rows.AsSpan(j * n, n));
                counts[j] = table.CountOf(order[j]);
                lines[j] = lineOffset + table.LineOf(order[j]);
            }

            return new SortedPart(n, keys, rows, counts, lines);
        }

        /// <summary>Compares this part's row at <paramref name="position"/> with <paramref name="other"/>'s at <paramref name="otherPosition"/>.</summary>
        public int CompareHeads(int position, SortedPart other, int otherPosition)
        {
            var byKey = Keys[position].CompareTo(other.Keys[otherPosition]);
            return byKey != 0 ? byKey : Row(position).SequenceCompareTo(other.Row(otherPosition));
        }
    }
}
