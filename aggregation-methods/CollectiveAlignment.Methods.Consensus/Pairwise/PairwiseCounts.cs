namespace CollectiveAlignment.Methods.Consensus.Pairwise;

/// <summary>
/// Win counts between items, compressed from individual comparisons: <c>Wins(i, j)</c> is how often i beat j.
/// Ten million comparisons among 500 items become a 500 × 500 table, so every estimator below is independent of the
/// number of comparisons after this one pass.
/// </summary>
public sealed class PairwiseCounts
{
    private readonly double[] _wins;

    private PairwiseCounts(int itemCount, double[] wins)
    {
        ItemCount = itemCount;
        _wins = wins;
    }

    /// <summary>Number of items.</summary>
    public int ItemCount { get; }

    /// <summary>How often item <paramref name="winner"/> beat item <paramref name="loser"/>.</summary>
    /// <param name="winner">Winner index.</param>
    /// <param name="loser">Loser index.</param>
    /// <returns>The (possibly weighted) count.</returns>
    public double Wins(int winner, int loser) => _wins[(winner * ItemCount) + loser];

    /// <summary>Total wins of an item.</summary>
    /// <param name="item">Item index.</param>
    /// <returns>The count.</returns>
    public double TotalWins(int item)
    {
        var sum = 0.0;
        for (var j = 0; j < ItemCount; j++)
        {
            sum += _wins[(item * ItemCount) + j];
        }

        return sum;
    }

    /// <summary>Total losses of an item.</summary>
    /// <param name="item">Item index.</param>
    /// <returns>The count.</returns>
    public double TotalLosses(int item)
    {
        var sum = 0.0;
        for (var j = 0; j < ItemCount; j++)
        {
            sum += _wins[(j * ItemCount) + item];
        }

        return sum;
    }

    /// <summary>Wraps a table of (possibly weighted) win counts, e.g. from an already compressed profile.</summary>
    /// <param name="itemCount">Number of items.</param>
    /// <param name="wins">How often <c>i</c> beat <c>j</c>, for item indices i and j (the diagonal is ignored).</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">A count is negative or not finite.</exception>
    public static PairwiseCounts FromWins(int itemCount, Func<int, int, double> wins)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        ArgumentNullException.ThrowIfNull(wins);
        var table = new double[itemCount * itemCount];
        for (var i = 0; i < itemCount; i++)
        {
            for (var j = 0; j < itemCount; j++)
            {
                var v = i == j ? 0.0 : wins(i, j);
                if (!(v >= 0) || double.IsInfinity(v))
                {
                    throw new ArgumentException($"Wins({i}, {j}) = {v} is not a non-negative finite count.", nameof(wins));
                }

                table[(i * itemCount) + j] = v;
            }
        }

        return new PairwiseCounts(itemCount, table);
    }

    /// <summary>Counts comparisons given as parallel winner/loser arrays.</summary>
    /// <param name="itemCount">Number of items.</param>
    /// <param name="winners">Winner of each comparison.</param>
    /// <param name="losers">Loser of each comparison.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">Lengths differ, an index is out of range, or an item is compared with itself.</exception>
    public static PairwiseCounts FromComparisons(int itemCount, ReadOnlySpan<int> winners, ReadOnlySpan<int> losers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        if (winners.Length != losers.Length)
        {
            throw new ArgumentException("winners and losers must have the same length.", nameof(losers));
        }

        var wins = new double[itemCount * itemCount];
        for (var k = 0; k < winners.Length; k++)
        {
            int w = winners[k], l = losers[k];
            if ((uint)w >= (uint)itemCount || (uint)l >= (uint)itemCount)
            {
                throw new ArgumentException($"Comparison {k}: item index out of range.", nameof(winners));
            }

            if (w == l)
            {
                throw new ArgumentException($"Comparison {k}: item {w} is compared with itself.", nameof(winners));
            }

            wins[(w * itemCount) + l]++;
        }

        return new PairwiseCounts(itemCount, wins);
    }
}
