namespace CollectiveAlignment.Sortition;

/// <summary>
/// Cheap pricing heuristic for LEXIMIN column generation: improves a feasible panel (type-count vector) by swapping
/// one member for another while every quota stays met, until no swap raises <c>sum_t w_t c_t</c>.
/// </summary>
/// <remarks>
/// <para>Column generation only needs <i>some</i> panel with a positive reduced cost to make progress; the integer
/// program (<see cref="PanelMip"/>, ~10–30 ms) is needed to prove that none is left, and to bound the stage value. A
/// swap search from the best panels already known takes well under a millisecond, so trying it first saves most
/// integer programs. The result is always a feasible panel: the start is one, and a swap of a member of type a for
/// one of type b changes only the counts of the values in which a and b differ, each of which is checked.</para>
/// <para>Not used under the household rule: a swap could put two members of one household on the panel.</para>
/// </remarks>
internal sealed class PanelLocalSearch
{
    private readonly SelectionProblem _problem;
    private readonly ProfileTypes _types;
    private readonly int[] _lower;
    private readonly int[] _upper;
    private readonly int[] _min;
    private readonly int[] _max;
    private readonly int[] _valueCount;
    private readonly int[] _order;
    private readonly double[] _key;

    /// <summary>Searches among all feasible panels that leave out the uncoverable types.</summary>
    public PanelLocalSearch(SelectionProblem problem, ProfileTypes types, bool[] coverable)
        : this(problem, types, new int[types.Count], types.Members.Select((m, t) => coverable[t] ? m.Length : 0).ToArray(), problem.ValueMin.ToArray(), problem.ValueMax.ToArray())
    {
    }

    /// <summary>Searches among the panels of a face (see <see cref="PanelFace"/>).</summary>
    public PanelLocalSearch(SelectionProblem problem, ProfileTypes types, PanelFace face)
        : this(problem, types, face.Lower, face.Upper, face.Min, face.Max)
    {
    }

    private PanelLocalSearch(SelectionProblem problem, ProfileTypes types, int[] lower, int[] upper, int[] min, int[] max)
    {
        _problem = problem;
        _types = types;
        _lower = lower;
        _upper = upper;
        _min = min;
        _max = max;
        _valueCount = new int[problem.ValueCount];
        _order = new int[types.Count];
        _key = new double[types.Count];
    }

    /// <summary>Whether the heuristic applies (no household rule).</summary>
    public bool Applies => _types.HouseholdGroups.Count == 0;

    /// <summary>Steepest-ascent swap search from <paramref name="start"/>.</summary>
    /// <param name="start">A feasible panel; not modified.</param>
    /// <param name="weights">Objective weight per type.</param>
    /// <returns>A feasible panel at least as good as the start, locally optimal for single swaps.</returns>
    public int[] Improve(int[] start, ReadOnlySpan<double> weights)
    {
        var counts = (int[])start.Clone();
        Array.Clear(_valueCount);
        for (var t = 0; t < counts.Length; t++)
        {
            if (counts[t] > 0)
            {
                foreach (var v in _types.Values[t])
                {
                    _valueCount[v] += counts[t];
                }
            }
        }

        // Types by weight, best first, so the first feasible partner of a member is its best swap.
        for (var t = 0; t < _order.Length; t++)
        {
            _order[t] = t;
            _key[t] = -weights[t];
        }

        Array.Sort(_key, _order);
        var guard = 0;
        while (guard++ < 10 * _problem.PanelSize)
        {
            var bestGain = 1e-12;
            var bestOut = -1;
            var bestIn = -1;
            for (var a = 0; a < counts.Length; a++)
            {
                if (counts[a] <= _lower[a])
                {
                    continue;
                }

                foreach (var b in _order)
                {
                    var gain = weights[b] - weights[a];
                    if (gain <= bestGain)
                    {
                        break;
                    }

                    if (b != a && counts[b] < _upper[b] && SwapKeepsQuotas(a, b))
                    {
                        bestGain = gain;
                        bestOut = a;
                        bestIn = b;
                        break;
                    }
                }
            }

            if (bestOut < 0)
            {
                break;
            }

            counts[bestOut]--;
            counts[bestIn]++;
            foreach (var v in _types.Values[bestOut])
            {
                _valueCount[v]--;
            }

            foreach (var v in _types.Values[bestIn])
            {
                _valueCount[v]++;
            }
        }

        return counts;
    }

    private bool SwapKeepsQuotas(int a, int b)
    {
        var valuesA = _types.Values[a];
        var valuesB = _types.Values[b];
        for (var c = 0; c < valuesA.Length; c++)
        {
            var va = valuesA[c];
            var vb = valuesB[c];
            if (va != vb && (_valueCount[va] - 1 < _min[va] || _valueCount[vb] + 1 > _max[vb]))
            {
                return false;
            }
        }

        return true;
    }
}
