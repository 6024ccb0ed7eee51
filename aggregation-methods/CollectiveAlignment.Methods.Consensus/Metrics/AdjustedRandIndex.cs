namespace CollectiveAlignment.Methods.Consensus.Metrics;

/// <summary>
/// The adjusted Rand index of two partitions (Hubert &amp; Arabie 1985, "Comparing partitions", J. Classification 2:193–218):
/// 1 for identical partitions up to relabelling, about 0 for independent ones.
/// </summary>
public static class AdjustedRandIndex
{
    /// <summary>Computes the ARI of two labelings of the same items.</summary>
    /// <param name="a">Label of each item in the first partition.</param>
    /// <param name="b">Label of each item in the second partition (same length).</param>
    /// <returns>The index; 1 when both partitions are trivial (one cluster, or all singletons) and equal.</returns>
    public static double Compute(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
        {
            throw new ArgumentException("The two labelings must have the same length.", nameof(b));
        }

        var n = a.Count;
        var table = new Dictionary<(int, int), long>();
        var rows = new Dictionary<int, long>();
        var cols = new Dictionary<int, long>();
        for (var i = 0; i < n; i++)
        {
            table[(a[i], b[i])] = table.GetValueOrDefault((a[i], b[i])) + 1;
            rows[a[i]] = rows.GetValueOrDefault(a[i]) + 1;
            cols[b[i]] = cols.GetValueOrDefault(b[i]) + 1;
        }

        static double Pairs(long x) => x * (x - 1) / 2.0;
        var index = table.Values.Sum(Pairs);
        var sumA = rows.Values.Sum(Pairs);
        var sumB = cols.Values.Sum(Pairs);
        var expected = sumA * sumB / Pairs(n);
        var max = (sumA + sumB) / 2.0;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }
}
