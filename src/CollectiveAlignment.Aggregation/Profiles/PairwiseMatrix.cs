namespace CollectiveAlignment.Aggregation.Profiles;

/// <summary>
/// The weighted pairwise-majority matrix: <see cref="Support"/>(a, b) is the total weight of voters who rank a strictly above b.
/// Computed once per profile and shared by every method that needs it.
/// </summary>
public sealed class PairwiseMatrix
{
    private readonly double[] _support;

    /// <summary>Wraps a row-major n×n support array (diagonal ignored).</summary>
    public PairwiseMatrix(int candidateCount, double[] support)
    {
        ArgumentNullException.ThrowIfNull(support);
        if (support.Length != candidateCount * candidateCount)
        {
            throw new ArgumentException("The support array must be n×n.", nameof(support));
        }

        CandidateCount = candidateCount;
        _support = support;
    }

    /// <summary>Number of candidates.</summary>
    public int CandidateCount { get; }

    /// <summary>Weight of voters preferring <paramref name="a"/> strictly to <paramref name="b"/>.</summary>
    public double Support(int a, int b) => _support[(a * CandidateCount) + b];

    /// <summary>Support(a, b) − Support(b, a): positive when a beats b.</summary>
    public double Margin(int a, int b) => _support[(a * CandidateCount) + b] - _support[(b * CandidateCount) + a];

    /// <summary>True when <paramref name="a"/> beats <paramref name="b"/> by a strict weighted majority.</summary>
    public bool Beats(int a, int b) => Margin(a, b) > 0;

    /// <summary>The full margin matrix as rows, for explanations.</summary>
    public double[][] MarginRows()
    {
        var rows = new double[CandidateCount][];
        for (var a = 0; a < CandidateCount; a++)
        {
            rows[a] = new double[CandidateCount];
            for (var b = 0; b < CandidateCount; b++)
            {
                rows[a][b] = a == b ? 0 : Margin(a, b);
            }
        }

        return rows;
    }

    /// <summary>The candidate that beats every other, or null when there is none.</summary>
    public int? CondorcetWinner()
    {
        for (var a = 0; a < CandidateCount; a++)
        {
            var all = true;
            for (var b = 0; b < CandidateCount && all; b++)
            {
                all = a == b || Beats(a, b);
            }

            if (all)
            {
                return a;
            }
        }

        return null;
    }
}
