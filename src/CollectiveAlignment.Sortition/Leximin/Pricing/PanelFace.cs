namespace CollectiveAlignment.Sortition;

/// <summary>
/// The face of the panel polytope on which a lottery with given expected type counts must live: every quota that the
/// expected counts meet with equality must be met with equality by every panel of the lottery, and a type expected
/// at 0 or at all its members must be taken that way by every panel.
/// </summary>
/// <remarks>
/// Why: if <c>e = sum_P x_P c_P</c> with <c>x &gt;= 0</c>, <c>sum x = 1</c> and every <c>c_P</c> meets
/// <c>sum_{t has v} c_Pt &gt;= min_v</c>, then <c>sum_{t has v} e_t = min_v</c> forces equality in every panel with
/// <c>x_P &gt; 0</c> (likewise for maxima and type bounds). Pricing only on this face loses no useful panel and, on the
/// reference instance (16 of 20 quotas tight), needs far fewer of them. Tightness is judged within 1e-7 of a seat; a
/// quota judged tight that is not only makes the decomposition fail, never gives a wrong lottery.
/// </remarks>
internal sealed class PanelFace
{
    private const double Tolerance = 1e-7;

    private PanelFace(int[] min, int[] max, int[] lower, int[] upper, bool[] free)
    {
        Min = min;
        Max = max;
        Lower = lower;
        Upper = upper;
        Free = free;
    }

    /// <summary>Lowest count of each value on the face.</summary>
    public int[] Min { get; }

    /// <summary>Highest count of each value on the face.</summary>
    public int[] Max { get; }

    /// <summary>Lowest count of each type on the face.</summary>
    public int[] Lower { get; }

    /// <summary>Highest count of each type on the face.</summary>
    public int[] Upper { get; }

    /// <summary>Types whose count varies between panels of the face (neither bound is forced).</summary>
    public bool[] Free { get; }

    /// <summary>The smallest face of the problem's relaxation that contains <paramref name="expected"/>.</summary>
    /// <param name="problem">The instance.</param>
    /// <param name="types">Its types.</param>
    /// <param name="coverable">Types some feasible panel contains (the others are held at 0).</param>
    /// <param name="expected">Expected count of each type, in the relaxation.</param>
    public static PanelFace Of(SelectionProblem problem, ProfileTypes types, bool[] coverable, double[] expected)
    {
        var valueTotal = new double[problem.ValueCount];
        var lower = new int[types.Count];
        var upper = new int[types.Count];
        var free = new bool[types.Count];
        for (var t = 0; t < types.Count; t++)
        {
            foreach (var v in types.Values[t])
            {
                valueTotal[v] += expected[t];
            }

            var size = types.Members[t].Length;
            if (!coverable[t] || expected[t] <= Tolerance)
            {
                upper[t] = 0;
            }
            else if (expected[t] >= size - Tolerance)
            {
                lower[t] = size;
                upper[t] = size;
            }
            else
            {
                upper[t] = size;
                free[t] = true;
            }
        }

        var min = problem.ValueMin.ToArray();
        var max = problem.ValueMax.ToArray();
        for (var v = 0; v < problem.ValueCount; v++)
        {
            if (Math.Abs(valueTotal[v] - min[v]) <= Tolerance)
            {
                max[v] = min[v];
            }
            else if (Math.Abs(valueTotal[v] - max[v]) <= Tolerance)
            {
                min[v] = max[v];
            }
        }

        return new PanelFace(min, max, lower, upper, free);
    }

    /// <summary>Number of quotas the face holds at equality (for progress reports).</summary>
    public int TightQuotas => Min.Zip(Max).Count(b => b.First == b.Second);

    /// <summary>Whether a panel lies on the face.</summary>
    public bool Contains(int[] counts, ProfileTypes types)
    {
        var valueCount = new int[Min.Length];
        for (var t = 0; t < counts.Length; t++)
        {
            if (counts[t] < Lower[t] || counts[t] > Upper[t])
            {
                return false;
            }

            foreach (var v in types.Values[t])
            {
                valueCount[v] += counts[t];
            }
        }

        for (var v = 0; v < Min.Length; v++)
        {
            if (valueCount[v] < Min[v] || valueCount[v] > Max[v])
            {
                return false;
            }
        }

        return true;
    }
}
