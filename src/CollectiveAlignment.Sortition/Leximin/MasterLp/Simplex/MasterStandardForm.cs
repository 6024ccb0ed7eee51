namespace CollectiveAlignment.Sortition;

/// <summary>
/// The LEXIMIN master LP in the standard form the managed simplex works on: its rows, its columns and the numbering
/// of its variables. Row i of an LP type reads <c>sum_P a_Pt x_P - u_t z - s_t = f_t</c> with <c>a_Pt = c_Pt / n_t</c>,
/// <c>u_t = 1</c> for unfixed types (<c>f_t = 0</c>) and 0 for fixed ones; the last row is <c>sum_P x_P = 1</c>.
/// </summary>
/// <remarks>
/// Variables are numbered: slack of row i is i, the artificial of row i is m + i, z is 2m, panel j is 2m + 1 + j. Only
/// the panel columns are stored; the unit columns and z's column are implied by the numbering and the fixed rows.
/// </remarks>
internal sealed class MasterStandardForm
{
    private readonly double[] _scale;
    private readonly int[] _rowOfType;
    private readonly int[] _typeOfRow;
    private readonly bool[] _rowFixed;
    private readonly double[] _rhs;
    private readonly double[] _fixedValue;
    private readonly List<int[]> _columns = [];
    private readonly List<int[]> _columnRows = [];
    private readonly List<double[]> _columnValues = [];
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);

    /// <param name="types">The pool's types.</param>
    /// <param name="coverable">Types that get a row.</param>
    /// <param name="scale">Row divisor <c>n_t</c> of each type, or the target expected counts when the LP decomposes a
    /// given point.</param>
    public MasterStandardForm(ProfileTypes types, bool[] coverable, double[] scale)
    {
        _scale = scale;
        _rowOfType = new int[types.Count];
        var rows = new List<int>();
        for (var t = 0; t < types.Count; t++)
        {
            _rowOfType[t] = coverable[t] ? rows.Count : -1;
            if (coverable[t])
            {
                rows.Add(t);
            }
        }

        _typeOfRow = [.. rows];
        M = rows.Count + 1;
        _rowFixed = new bool[M];
        _rhs = new double[M];
        _rhs[M - 1] = 1;
        _fixedValue = new double[types.Count];
    }

    /// <summary>Rows: one per LP type plus the sum row (the last).</summary>
    public int M { get; }

    /// <summary>The panel classes, in the order they were added.</summary>
    public IReadOnlyList<int[]> Columns => _columns;

    /// <summary>The true right-hand side (fixed values, 0 for unfixed rows, 1 for the sum row).</summary>
    public double[] Rhs => _rhs;

    /// <summary>The variable number of z.</summary>
    public int ZIndex => 2 * M;

    /// <summary>Variables so far: slacks, artificials, z and the panels.</summary>
    public int VariableCount => (2 * M) + 1 + _columns.Count;

    /// <summary>The variable number of panel column <paramref name="column"/>.</summary>
    public int PanelVariable(int column) => (2 * M) + 1 + column;

    /// <summary>Whether <paramref name="variable"/> is an artificial.</summary>
    public bool IsArtificial(int variable) => variable >= M && variable < 2 * M;

    /// <summary>Whether row <paramref name="row"/> holds a fixed type.</summary>
    public bool IsRowFixed(int row) => _rowFixed[row];

    /// <summary>The type of row <paramref name="row"/> (not the sum row).</summary>
    public int TypeOfRow(int row) => _typeOfRow[row];

    /// <summary>Objective coefficient: phase 1 maximises minus the sum of the artificials, phase 2 maximises z.</summary>
    public double Cost(int variable, bool phase1) => phase1 ? (IsArtificial(variable) ? -1 : 0) : (variable == ZIndex ? 1 : 0);

    /// <summary>Adds a panel class unless it was added before.</summary>
    public bool TryAdd(int[] counts)
    {
        if (!_keys.TryAdd(string.Join(',', counts), _columns.Count))
        {
            return false;
        }

        var rows = new List<int>();
        var values = new List<double>();
        for (var t = 0; t < counts.Length; t++)
        {
            if (counts[t] > 0 && _rowOfType[t] >= 0)
            {
                rows.Add(_rowOfType[t]);
                values.Add(counts[t] / _scale[t]);
            }
        }

        _columns.Add(counts);
        _columnRows.Add([.. rows]);
        _columnValues.Add([.. values]);
        return true;
    }

    /// <summary>The column index of a panel class added before.</summary>
    public bool TryFind(int[] counts, out int column) => _keys.TryGetValue(string.Join(',', counts), out column);

    /// <summary>Rows with a non-zero in panel column <paramref name="column"/> (the sum row excluded).</summary>
    public int[] ColumnRows(int column) => _columnRows[column];

    /// <summary>The non-zeros of panel column <paramref name="column"/>, in the order of <see cref="ColumnRows"/>.</summary>
    public double[] ColumnValues(int column) => _columnValues[column];

    /// <summary>Fixes a type's probability from now on.</summary>
    public void Fix(int type, double value)
    {
        var row = _rowOfType[type];
        _fixedValue[type] = value;
        _rowFixed[row] = true;
        _rhs[row] = value;
    }

    /// <summary>Lowers every fixed value by <paramref name="amount"/>.</summary>
    public void LowerFixed(double amount)
    {
        for (var row = 0; row < M - 1; row++)
        {
            if (_rowFixed[row])
            {
                _fixedValue[_typeOfRow[row]] -= amount;
                _rhs[row] -= amount;
            }
        }
    }

    /// <summary>Fixed value of a type.</summary>
    public double FixedValue(int type) => _fixedValue[type];

    /// <summary>v · A_j for a row vector v.</summary>
    public double Dot(ReadOnlySpan<double> v, int variable)
    {
        var m = M;
        if (variable < m)
        {
            return -v[variable];
        }

        if (variable < 2 * m)
        {
            return v[variable - m];
        }

        if (variable == ZIndex)
        {
            var sum = 0.0;
            for (var i = 0; i < m - 1; i++)
            {
                if (!_rowFixed[i])
                {
                    sum -= v[i];
                }
            }

            return sum;
        }

        var j = variable - (2 * m) - 1;
        var rows = _columnRows[j];
        var values = _columnValues[j];
        var total = v[m - 1];
        for (var e = 0; e < rows.Length; e++)
        {
            total += v[rows[e]] * values[e];
        }

        return total;
    }

    /// <summary>Writes column A_j densely into <paramref name="column"/>.</summary>
    public void Scatter(int variable, Span<double> column)
    {
        column.Clear();
        var m = M;
        if (variable < 0)
        {
            // An empty basis position, filled by repair.
        }
        else if (variable < m)
        {
            column[variable] = -1;
        }
        else if (variable < 2 * m)
        {
            column[variable - m] = 1;
        }
        else if (variable == ZIndex)
        {
            for (var i = 0; i < m - 1; i++)
            {
                column[i] = _rowFixed[i] ? 0 : -1;
            }
        }
        else
        {
            var j = variable - (2 * m) - 1;
            var rows = _columnRows[j];
            var values = _columnValues[j];
            for (var e = 0; e < rows.Length; e++)
            {
                column[rows[e]] = values[e];
            }

            column[m - 1] = 1;
        }
    }
}
