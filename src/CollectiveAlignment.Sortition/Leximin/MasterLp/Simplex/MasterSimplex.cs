using System.Numerics;
using System.Runtime.InteropServices;

namespace CollectiveAlignment.Sortition;

/// <summary>
/// The LEXIMIN master LP solved by a managed revised primal simplex that keeps its basis between solves, so adding a
/// panel costs a few pivots instead of a fresh solve. It steers column generation; <see cref="HybridMasterLp"/> takes
/// exact values from it only when its basis is provably optimal, and from GLOP otherwise.
/// </summary>
/// <remarks>
/// <para>Why not GLOP alone: the OR-Tools linear-solver wrapper re-extracts the model on every solve, and GLOP then
/// refactorises a dense ~500 x 500 basis (panel columns are dense), 0.1–0.4 s per solve on the reference instance,
/// thousands of times. Here the basis inverse is kept explicitly and updated by one rank-one step per pivot
/// (O(m²), split over two cores); it is rebuilt when a residual check fails or every <see cref="RefactorInterval"/>
/// pivots.</para>
/// <para>Standard form, one row per type in the LP plus the sum row: <c>sum_P a_Pt x_P - u_t z - s_t = f_t</c> with
/// <c>a_Pt = c_Pt / n_t</c>, <c>u_t = 1</c> for unfixed types (<c>f_t = 0</c>) and 0 for fixed ones, slacks
/// <c>s_t &gt;= 0</c>, and <c>sum_P x_P = 1</c>. Variables are numbered: slack of row i is i, the artificial of row i
/// is m + i, z is 2m, panel j is 2m + 1 + j.</para>
/// <para>Degeneracy: after a stage every fixed row is tight by construction, and plain Dantzig pivoting stalls for
/// thousands of degenerate pivots (measured). The right-hand side is therefore perturbed by ~1e-7 per basic variable
/// (<see cref="Perturb"/>), so the solve is optimal for a slightly different LP: its duals are exact for its basis,
/// its value close. Harris's two-pass ratio test picks the largest pivot among near-ties; Bland's rule takes over
/// after 50 consecutive degenerate pivots anyway.</para>
/// <para>After a fix, the next solve restarts from the exact optimum (<see cref="SetCrashPoint"/>): a basis around
/// that panel mix, completed by unit columns where the fix made it singular (basis repair), is feasible without
/// phase 1. A cold start (slack/artificial basis, phase 1) is the fallback.</para>
/// <para>Pricing is partial (slacks and z always, panel columns a segment at a time). Every solve ends with a check of
/// the primal and dual residuals computed from the original columns; on failure the inverse is rebuilt. A breakdown
/// (singular basis after a rebuild, iteration limit) throws <see cref="InvalidOperationException"/>, and the caller
/// falls back to GLOP.</para>
/// </remarks>
internal sealed class MasterSimplex : IDisposable
{
    private const double PivotTolerance = 1e-8;
    private const double FeasibilityTolerance = 1e-9;
    private const double OptimalityTolerance = 1e-9;
    private const double ResidualTolerance = 1e-9;
    private const int RefactorInterval = 1000;
    private const int DegenerateLimit = 50;
    private const double SingularTolerance = 1e-9;
    private const int ParallelRows = 200;
    private const double PerturbationSize = 1e-7;
    private const double LiftLimit = 1e-4;

    private readonly double[] _scale;
    private readonly int[] _rowOfType;
    private readonly int[] _typeOfRow;
    private readonly int _m;
    private readonly bool[] _rowFixed;
    private readonly double[] _rhs;
    private readonly double[] _fixedValue;
    private readonly List<int[]> _columns = [];
    private readonly List<int[]> _columnRows = [];
    private readonly List<double[]> _columnValues = [];
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly int[] _basis;
    private readonly double[] _binv;
    private readonly double[] _xB;
    private readonly double[] _pi;
    private readonly double[] _w;
    private readonly double[] _work;
    private readonly Random _random = new(20210811);
    private int[] _position;
    private double[]? _factorWork;
    private double[] _devex;
    private bool _started;
    private bool _basisChanged;
    private bool _rhsChanged;
    private int _pivotsSinceRefactor;
    private int _priceStart;
    private List<(int Column, double Weight)>? _crashPoint;
    private bool _phase1;
    private bool _unperturbed;

    /// <param name="types">The pool's types.</param>
    /// <param name="coverable">Types that get a row.</param>
    /// <param name="scale">Row divisor <c>n_t</c> of each type (see <see cref="ProfileTypes.Sizes"/>), or the target
    /// expected counts when the LP decomposes a given point.</param>
    public MasterSimplex(ProfileTypes types, bool[] coverable, double[] scale)
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
        _m = rows.Count + 1;
        _rowFixed = new bool[_m];
        _rhs = new double[_m];
        _rhs[_m - 1] = 1;
        _fixedValue = new double[types.Count];
        _basis = new int[_m];
        _binv = new double[_m * _m];
        _xB = new double[_m];
        _pi = new double[_m];
        _w = new double[_m];
        _work = new double[_m];
        _position = new int[(2 * _m) + 1];
        _devex = new double[(2 * _m) + 1];
        Array.Fill(_devex, 1.0);
        Duals = new double[types.Count];
    }

    /// <summary>Every panel class added, in the order of <see cref="Weights"/>.</summary>
    public IReadOnlyList<int[]> Columns => _columns;

    /// <summary>Value of z in the last solve (within ~1e-7 of the true stage value).</summary>
    public double Z { get; private set; }

    /// <summary>Dual <c>y_t &gt;= 0</c> of each type's row in the last solve (0 for types outside the LP).</summary>
    public double[] Duals { get; }

    /// <summary>Dual of the <c>sum x = 1</c> row in the last solve.</summary>
    public double Mu { get; private set; }

    /// <summary>Column weights of the last solve.</summary>
    public double[] Weights { get; private set; } = [];

    /// <summary>Simplex pivots since construction (for diagnostics and tests).</summary>
    public long Pivots { get; private set; }

    /// <summary>Basis columns replaced by unit columns because the basis had become singular.</summary>
    public int Repairs { get; private set; }

    /// <summary>Restarts from an exact optimum after a fix (see <see cref="SetCrashPoint"/>).</summary>
    public int CrashStarts { get; private set; }

    /// <summary>Basis inverses rebuilt from scratch (for diagnostics and tests).</summary>
    public int Refactorizations { get; private set; }

    private int ZIndex => 2 * _m;

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
        var variables = (2 * _m) + 1 + _columns.Count;
        if (_position.Length < variables)
        {
            var grown = new int[Math.Max(variables, _position.Length * 2)];
            Array.Copy(_position, grown, _position.Length);
            Array.Fill(grown, -1, _position.Length, grown.Length - _position.Length);
            _position = grown;
            var weights = new double[grown.Length];
            Array.Copy(_devex, weights, _devex.Length);
            Array.Fill(weights, 1.0, _devex.Length, weights.Length - _devex.Length);
            _devex = weights;
        }

        _position[variables - 1] = -1;
        return true;
    }

    /// <summary>Fixes a type's probability from now on.</summary>
    public void Fix(int type, double value)
    {
        var row = _rowOfType[type];
        _fixedValue[type] = value;
        _rowFixed[row] = true;
        _rhs[row] = value;

        // z's column lost an entry: the kept basis must be re-inverted (and may have become infeasible).
        _basisChanged = true;
    }

    /// <summary>Lowers every fixed value by <paramref name="amount"/>.</summary>
    public void LowerFixed(double amount)
    {
        for (var row = 0; row < _m - 1; row++)
        {
            if (_rowFixed[row])
            {
                _fixedValue[_typeOfRow[row]] -= amount;
                _rhs[row] -= amount;
            }
        }

        _rhsChanged = true;
    }

    /// <summary>Fixed value of a type.</summary>
    public double FixedValue(int type) => _fixedValue[type];

    /// <summary>
    /// Re-optimises from the kept basis. The result is optimal for a right-hand side perturbed by about 1e-7 (see
    /// <see cref="Perturb"/>): the duals are exactly those of an optimal basis of that LP, the value and weights are
    /// close to the true ones (the ~1e-7 perturbation, amplified by the basis inverse: up to ~1e-4 has been seen). That
    /// is what pricing needs; exact values come from GLOP.
    /// </summary>
    /// <returns>False if the LP is infeasible.</returns>
    public bool Solve()
    {
        if ((!_started || _basisChanged || _rhsChanged) && !Restart())
        {
            return false;
        }

        if (_unperturbed)
        {
            // The last solve was made exact; the stage goes on, and so does the need to break ties.
            Perturb();
            _unperturbed = false;
        }

        for (var check = 0; ; check++)
        {
            Iterate();
            if (Verified())
            {
                break;
            }

            if (check == 2 || !Refactor() || !LiftNegatives())
            {
                throw new InvalidOperationException("The managed simplex lost accuracy on the LEXIMIN master LP.");
            }
        }

        Record();
        return true;
    }

    /// <summary>
    /// Tries to turn the last steering solve into an exact one: with the true right-hand side, the same basis is still
    /// dual feasible, so if its solution is also primal feasible it is optimal, and no GLOP solve is needed.
    /// </summary>
    /// <returns>True if the basis is optimal for the true LP; the results are then exact. False leaves the
    /// steering results and the perturbed state untouched.</returns>
    public bool TryUnperturb()
    {
        var saved = (double[])_xB.Clone();
        var savedWork = (double[])_work.Clone();
        Array.Copy(_rhs, _work, _m);
        RecomputeBasic();
        var feasible = true;
        for (var i = 0; i < _m && feasible; i++)
        {
            feasible = IsArtificial(_basis[i]) ? Math.Abs(_xB[i]) <= FeasibilityTolerance : _xB[i] >= -FeasibilityTolerance;
        }

        if (feasible && Verified())
        {
            Record();
            _unperturbed = true;
            return true;
        }

        Array.Copy(saved, _xB, _m);
        Array.Copy(savedWork, _work, _m);
        return false;
    }

    /// <summary>
    /// Columns in the last solution or within <paramref name="tolerance"/> of entering it (reduced cost at the last
    /// duals): the ones an exact re-solve is likely to need.
    /// </summary>
    public IEnumerable<int[]> UsefulColumns(double tolerance)
    {
        for (var j = 0; j < _columns.Count; j++)
        {
            var variable = (2 * _m) + 1 + j;
            if (_position[variable] >= 0 || Cost(variable) - Dot(_pi, variable) > -tolerance)
            {
                yield return _columns[j];
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Nothing native to release; disposable so it can stand where the GLOP model stood.
    }

    /// <summary>
    /// Remembers an exact optimum (from GLOP) to restart from after the next fix: its panel mix stays feasible when
    /// the types it made tight are fixed at its value, so a basis built around it needs no phase 1.
    /// </summary>
    public void SetCrashPoint(IReadOnlyList<int[]> columns, IReadOnlyList<double> weights)
    {
        var point = new List<(int Column, double Weight)>();
        for (var j = 0; j < columns.Count; j++)
        {
            if (weights[j] > 1e-12 && _keys.TryGetValue(string.Join(',', columns[j]), out var index))
            {
                point.Add((index, weights[j]));
            }
        }

        _crashPoint = point;
    }

    /// <summary>
    /// Builds a basis whose solution is the crash point with z = 0: its panels, the slacks that are positive there
    /// (every unfixed row's, since z leaves), and unit columns chosen by basis repair for the rest.
    /// </summary>
    /// <returns>False if the result is not feasible (the caller then falls back to the old basis or a cold start).</returns>
    private bool CrashFromPoint()
    {
        var point = _crashPoint!;
        _crashPoint = null;
        var activity = new double[_m];
        foreach (var (column, weight) in point)
        {
            var rows = _columnRows[column];
            var values = _columnValues[column];
            for (var e = 0; e < rows.Length; e++)
            {
                activity[rows[e]] += weight * values[e];
            }
        }

        Array.Fill(_position, -1);
        Array.Fill(_basis, -1);
        var next = 0;
        foreach (var (column, _) in point)
        {
            if (next == _m)
            {
                return false;
            }

            var variable = (2 * _m) + 1 + column;
            _basis[next] = variable;
            _position[variable] = next++;
        }

        for (var i = 0; i < _m - 1; i++)
        {
            if (activity[i] - _rhs[i] > FeasibilityTolerance)
            {
                if (next == _m)
                {
                    return false;
                }

                _basis[next] = i;
                _position[i] = next++;
            }
        }

        _started = true;
        if (!Refactor() || _xB.Min() < -FeasibilityTolerance)
        {
            return false;
        }

        for (var i = 0; i < _m; i++)
        {
            if (IsArtificial(_basis[i]) && Math.Abs(_xB[i]) > FeasibilityTolerance)
            {
                return false;
            }
        }

        Perturb();
        CrashStarts++;
        return true;
    }

    /// <summary>
    /// After a fix: keeps the basis (repaired where the fix made it singular) if its solution is feasible, runs phase 1
    /// from it if only repair artificials are off zero, and starts over otherwise.
    /// </summary>
    private bool Restart()
    {
        _unperturbed = false;
        _basisChanged = false;
        _rhsChanged = false;
        Array.Copy(_rhs, _work, _m);
        if (_crashPoint is not null)
        {
            // The old basis is gone once a crash was tried.
            if (CrashFromPoint())
            {
                return true;
            }

            _started = true;
            return ColdStart();
        }

        if (_started && Refactor())
        {
            var feasible = true;
            var artificial = false;
            for (var i = 0; i < _m; i++)
            {
                if (IsArtificial(_basis[i]))
                {
                    artificial |= Math.Abs(_xB[i]) > FeasibilityTolerance;
                    feasible &= _xB[i] >= -FeasibilityTolerance;
                }
                else
                {
                    feasible &= _xB[i] >= -FeasibilityTolerance;
                }
            }

            if (feasible)
            {
                Perturb();
                return !artificial || Phase1();
            }
        }

        _started = true;
        return ColdStart();
    }

    private bool ColdStart()
    {
        // Slack basis where the slack value -b_i is feasible, artificial elsewhere (and always for the sum row).
        Array.Fill(_position, -1);
        Array.Clear(_binv);
        Array.Copy(_rhs, _work, _m);
        for (var i = 0; i < _m; i++)
        {
            var artificial = i == _m - 1 || _rhs[i] > 0;
            _basis[i] = artificial ? _m + i : i;
            _position[_basis[i]] = i;
            _binv[(i * _m) + i] = artificial ? 1 : -1;
            _xB[i] = artificial ? _rhs[i] : -_rhs[i];
        }

        _pivotsSinceRefactor = 0;
        Perturb();
        return Phase1();
    }

    /// <summary>Maximises minus the sum of the basic artificials, then pivots the zero ones out where it can.</summary>
    /// <returns>False if the artificials cannot all reach zero: the LP is infeasible.</returns>
    private bool Phase1()
    {
        _phase1 = true;
        Iterate();
        _phase1 = false;
        var infeasibility = 0.0;
        for (var i = 0; i < _m; i++)
        {
            if (IsArtificial(_basis[i]))
            {
                infeasibility += _xB[i];
            }
        }

        if (infeasibility > 1e-9)
        {
            // Leave a state the next call rebuilds from scratch.
            _started = false;
            return false;
        }

        DriveOutArtificials();
        return true;
    }

    /// <summary>
    /// Lifts every basic value by a small distinct pseudo-random amount, by moving the working right-hand side to
    /// <c>b + B ε</c>: ties in the ratio test become unlikely, which ends the long runs of degenerate pivots this LP
    /// is prone to (after a stage, every fixed row is tight at the current solution by construction).
    /// </summary>
    private void Perturb()
    {
        var column = new double[_m];
        for (var i = 0; i < _m; i++)
        {
            // Artificials are not lifted: phase 1 must be able to drive them to exactly zero.
            if (IsArtificial(_basis[i]))
            {
                continue;
            }

            Lift(i, PerturbationSize * (1 + _random.NextDouble()), column);
        }
    }

    /// <summary>
    /// Harris's ratio test lets basic values dip below zero by round-off-sized amounts, and the drift adds up over
    /// many pivots. A fresh inverse shows it; this moves the working right-hand side so that those values sit just
    /// above zero again, like <see cref="Perturb"/> does. Only steering solves see the shifted LP: exact results come
    /// from the true right-hand side (<see cref="TryUnperturb"/>) or from GLOP. False if a value is negative by more
    /// than <see cref="LiftLimit"/>, which is no longer drift.
    /// </summary>
    private bool LiftNegatives()
    {
        var column = new double[_m];
        for (var i = 0; i < _m; i++)
        {
            if (_xB[i] >= 0 || IsArtificial(_basis[i]))
            {
                continue;
            }

            if (_xB[i] < -LiftLimit)
            {
                return false;
            }

            Lift(i, -_xB[i] + (PerturbationSize * (1 + _random.NextDouble())), column);
        }

        return true;
    }

    /// <summary>Raises basic value i by <paramref name="lift"/>, moving the working right-hand side by B e_i lift to match.</summary>
    private void Lift(int i, double lift, double[] column)
    {
        _xB[i] += lift;
        Scatter(_basis[i], column);
        for (var k = 0; k < _m; k++)
        {
            _work[k] += column[k] * lift;
        }
    }

    private void RecomputeBasic()
    {
        for (var k = 0; k < _m; k++)
        {
            var row = _binv.AsSpan(k * _m, _m);
            var sum = 0.0;
            for (var i = 0; i < _m; i++)
            {
                sum += row[i] * _work[i];
            }

            _xB[k] = sum;
        }
    }

    private void DriveOutArtificials()
    {
        for (var r = 0; r < _m; r++)
        {
            if (!IsArtificial(_basis[r]) || Math.Abs(_xB[r]) > 1e-9)
            {
                continue;
            }

            // The largest available pivot keeps the explicit inverse well conditioned.
            var row = _binv.AsSpan(r * _m, _m);
            var best = -1;
            var largest = 1e-6;
            var variableCount = VariableCount();
            for (var j = 0; j < variableCount; j++)
            {
                if (IsArtificial(j) || j == _m - 1 || _position[j] >= 0)
                {
                    continue;
                }

                var alpha = Math.Abs(Dot(row, j));
                if (alpha > largest)
                {
                    largest = alpha;
                    best = j;
                }
            }

            // If no column has a non-zero in this row, the row is redundant and its artificial stays basic at ~0. The
            // pivot is degenerate: the artificial's round-off-sized value is dropped, not spread over the basis.
            if (best >= 0)
            {
                Ftran(best, _w);
                Pivot(r, best, 0);
            }
        }
    }

    private void Iterate()
    {
        var degenerate = 0;
        var limit = 50_000 + (20 * (_m + _columns.Count));
        for (var iteration = 0; ; iteration++)
        {
            if (iteration > limit)
            {
                throw new InvalidOperationException("The managed simplex exceeded its iteration limit on the LEXIMIN master LP.");
            }

            if (_pivotsSinceRefactor >= RefactorInterval)
            {
                if (!Refactor() || !LiftNegatives())
                {
                    throw new InvalidOperationException("The basis of the LEXIMIN master LP became singular or lost accuracy.");
                }
            }

            ComputePi();
            var bland = degenerate >= DegenerateLimit;
            var entering = ChooseEntering(bland);
            if (entering < 0)
            {
                return;
            }

            Ftran(entering, _w);
            var leaving = bland ? RatioTestBland() : RatioTestHarris();
            if (leaving < 0)
            {
                throw new InvalidOperationException("The LEXIMIN master LP appeared unbounded.");
            }

            var theta = Math.Max(0, _xB[leaving] / _w[leaving]);
            degenerate = theta <= 1e-12 ? degenerate + 1 : 0;
            UpdateDevexWeights(leaving, entering);
            Pivot(leaving, entering, theta);
        }
    }

    private int VariableCount() => (2 * _m) + 1 + _columns.Count;

    private bool IsArtificial(int variable) => variable >= _m && variable < 2 * _m;

    private double Cost(int variable) => _phase1 ? (IsArtificial(variable) ? -1 : 0) : (variable == ZIndex ? 1 : 0);

    private void ComputePi()
    {
        Array.Clear(_pi);
        for (var i = 0; i < _m; i++)
        {
            var c = Cost(_basis[i]);
            if (c != 0)
            {
                AddScaled(_pi, _binv.AsSpan(i * _m, _m), c);
            }
        }
    }

    /// <summary>
    /// Dantzig's rule with partial pricing: slacks and z every time, then panel columns in segments of an eighth,
    /// starting where the last search stopped, until a segment holds a candidate. Pricing every column at every
    /// pivot would cost more than the pivot itself once there are thousands of columns. Bland's rule scans all.
    /// </summary>
    private int ChooseEntering(bool bland)
    {
        var best = -1;
        var bestValue = 0.0;
        var structural = (2 * _m) + 1;
        var columns = _columns.Count;
        var count = structural + columns;
        for (var j = 0; j < (bland ? count : structural); j++)
        {
            // Artificials never re-enter, and the sum row has no slack.
            if (_position[j] >= 0 || IsArtificial(j) || j == _m - 1)
            {
                continue;
            }

            var reduced = Cost(j) - Dot(_pi, j);
            if (reduced > OptimalityTolerance)
            {
                if (bland)
                {
                    return j;
                }

                var score = reduced * reduced / _devex[j];
                if (score > bestValue)
                {
                    best = j;
                    bestValue = score;
                }
            }
        }

        if (bland || columns == 0)
        {
            return best;
        }

        var segment = Math.Max(64, columns / 8);
        var start = _priceStart % columns;
        var scanned = 0;
        while (scanned < columns)
        {
            var end = Math.Min(scanned + segment, columns);
            var found = false;
            for (; scanned < end; scanned++)
            {
                var j = start + scanned;
                var variable = structural + (j >= columns ? j - columns : j);
                if (_position[variable] >= 0)
                {
                    continue;
                }

                var reduced = -Dot(_pi, variable);
                if (reduced > OptimalityTolerance)
                {
                    var score = reduced * reduced / _devex[variable];
                    found = true;
                    if (score > bestValue)
                    {
                        best = variable;
                        bestValue = score;
                    }
                }
            }

            if (found)
            {
                break;
            }
        }

        _priceStart = start + scanned;
        return best;
    }

    private int RatioTestHarris()
    {
        var bound = double.PositiveInfinity;
        for (var i = 0; i < _m; i++)
        {
            var w = _w[i];
            if (w > PivotTolerance)
            {
                bound = Math.Min(bound, (_xB[i] + FeasibilityTolerance) / w);
            }
            else if (w < -PivotTolerance && !_phase1 && IsArtificial(_basis[i]))
            {
                // A basic artificial of a redundant row must stay at zero in either direction.
                bound = Math.Min(bound, FeasibilityTolerance / -w);
            }
        }

        if (double.IsPositiveInfinity(bound))
        {
            return -1;
        }

        var leaving = -1;
        var largest = 0.0;
        for (var i = 0; i < _m; i++)
        {
            var w = _w[i];
            var blocking = w > PivotTolerance ? _xB[i] / w <= bound : w < -PivotTolerance && !_phase1 && IsArtificial(_basis[i]);
            if (blocking && Math.Abs(w) > largest)
            {
                largest = Math.Abs(w);
                leaving = i;
            }
        }

        return leaving;
    }

    private int RatioTestBland()
    {
        var leaving = -1;
        var best = double.PositiveInfinity;
        for (var i = 0; i < _m; i++)
        {
            var w = _w[i];
            double ratio;
            if (w > PivotTolerance)
            {
                ratio = Math.Max(0, _xB[i]) / w;
            }
            else if (w < -PivotTolerance && !_phase1 && IsArtificial(_basis[i]))
            {
                ratio = 0;
            }
            else
            {
                continue;
            }

            if (ratio < best - 1e-15 || (ratio <= best + 1e-15 && leaving >= 0 && _basis[i] < _basis[leaving]))
            {
                best = Math.Min(best, ratio);
                leaving = i;
            }
        }

        return leaving;
    }

    private void Pivot(int r, int entering, double theta)
    {
        for (var i = 0; i < _m; i++)
        {
            _xB[i] -= theta * _w[i];
        }

        _xB[r] = theta;
        var pivotRow = _binv.AsSpan(r * _m, _m);
        var scale = 1 / _w[r];
        for (var k = 0; k < _m; k++)
        {
            pivotRow[k] *= scale;
        }

        // The rank-one update streams the whole m x m inverse through memory (2 MB at m = 500): the dominant cost of
        // a pivot. Two halves of the rows on two cores when there is enough work to pay for the hand-off.
        if (_m >= ParallelRows)
        {
            Parallel.For(0, 2, half => UpdateRows(r, half == 0 ? 0 : _m / 2, half == 0 ? _m / 2 : _m));
        }
        else
        {
            UpdateRows(r, 0, _m);
        }

        _position[_basis[r]] = -1;
        _basis[r] = entering;
        _position[entering] = r;
        _pivotsSinceRefactor++;
        Pivots++;
    }

    /// <summary>
    /// Devex reference weights (Forrest and Goldfarb, "Steepest-edge simplex algorithms for linear programming",
    /// Mathematical Programming 57, 1992): approximate steepest-edge pricing. Dantzig's rule took about three times as
    /// many pivots as GLOP's steepest edge on these LPs. Needs the pivot row <c>α_r = (B⁻¹)_r A</c>, read before the
    /// inverse is updated.
    /// </summary>
    private void UpdateDevexWeights(int r, int entering)
    {
        var pivotRow = _binv.AsSpan(r * _m, _m);
        var alphaQ = _w[r];
        var gammaQ = _devex[entering];
        var count = VariableCount();
        for (var j = 0; j < count; j++)
        {
            if (_position[j] >= 0 || j == entering || IsArtificial(j) || j == _m - 1)
            {
                continue;
            }

            var ratio = Dot(pivotRow, j) / alphaQ;
            var candidate = ratio * ratio * gammaQ;
            if (candidate > _devex[j])
            {
                _devex[j] = candidate;
            }
        }

        _devex[_basis[r]] = Math.Max(gammaQ / (alphaQ * alphaQ), 1);
        if (gammaQ > 1e6)
        {
            // Reference framework reset: weights that large no longer say anything about edge lengths.
            Array.Fill(_devex, 1.0);
        }
    }

    private void UpdateRows(int r, int from, int to)
    {
        var pivotRow = _binv.AsSpan(r * _m, _m);
        for (var i = from; i < to; i++)
        {
            if (i != r && _w[i] != 0)
            {
                AddScaled(_binv.AsSpan(i * _m, _m), pivotRow, -_w[i]);
            }
        }
    }

    /// <summary>w = B⁻¹ A_j.</summary>
    private void Ftran(int variable, double[] w)
    {
        var m = _m;
        if (variable < m)
        {
            for (var k = 0; k < m; k++)
            {
                w[k] = -_binv[(k * m) + variable];
            }
        }
        else if (variable < 2 * m)
        {
            for (var k = 0; k < m; k++)
            {
                w[k] = _binv[(k * m) + variable - m];
            }
        }
        else if (variable == ZIndex)
        {
            for (var k = 0; k < m; k++)
            {
                var row = _binv.AsSpan(k * m, m);
                var sum = 0.0;
                for (var i = 0; i < m - 1; i++)
                {
                    if (!_rowFixed[i])
                    {
                        sum -= row[i];
                    }
                }

                w[k] = sum;
            }
        }
        else
        {
            var j = variable - (2 * m) - 1;
            var rows = _columnRows[j];
            var values = _columnValues[j];
            for (var k = 0; k < m; k++)
            {
                var offset = k * m;
                var sum = _binv[offset + m - 1];
                for (var e = 0; e < rows.Length; e++)
                {
                    sum += _binv[offset + rows[e]] * values[e];
                }

                w[k] = sum;
            }
        }
    }

    /// <summary>v · A_j for a row vector v.</summary>
    private double Dot(ReadOnlySpan<double> v, int variable)
    {
        var m = _m;
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
    private void Scatter(int variable, Span<double> column)
    {
        column.Clear();
        var m = _m;
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

    /// <summary>Rebuilds B⁻¹ by Gauss–Jordan elimination with partial pivoting and recomputes x_B = B⁻¹ b.</summary>
    private bool Refactor()
    {
        var m = _m;

        // Unit columns (slacks, artificials) first: eliminating them touches one row each, so the cubic work is
        // only over the panel columns and z. Basis positions are arbitrary, so reordering them is free.
        var order = Enumerable.Range(0, m).OrderBy(i => _basis[i] >= 0 && _basis[i] < 2 * m ? 0 : 1).ToArray();
        var reordered = order.Select(i => _basis[i]).ToArray();
        Array.Copy(reordered, _basis, m);
        for (var i = 0; i < m; i++)
        {
            if (_basis[i] >= 0)
            {
                _position[_basis[i]] = i;
            }
        }

        // One m x m work matrix for the life of the LP: on the large-object heap, a fresh one per refactorisation
        // cost a gen-2 collection each time.
        var a = _factorWork ??= new double[m * m];
        var column = new double[m];
        for (var i = 0; i < m; i++)
        {
            Scatter(_basis[i], column);
            for (var k = 0; k < m; k++)
            {
                a[(k * m) + i] = column[k];
            }
        }

        Array.Clear(_binv);
        for (var i = 0; i < m; i++)
        {
            _binv[(i * m) + i] = 1;
        }

        for (var c = 0; c < m; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < m; r++)
            {
                if (Math.Abs(a[(r * m) + c]) > Math.Abs(a[(pivot * m) + c]))
                {
                    pivot = r;
                }
            }

            if (Math.Abs(a[(pivot * m) + c]) < SingularTolerance)
            {
                pivot = RepairColumn(a, c);
                if (pivot < 0)
                {
                    return false;
                }
            }

            if (pivot != c)
            {
                SwapRows(a, pivot, c);
                SwapRows(_binv, pivot, c);
            }

            var scale = 1 / a[(c * m) + c];
            var pivotA = a.AsSpan((c * m) + c, m - c);
            var pivotInverse = _binv.AsSpan(c * m, m);
            for (var k = 0; k < pivotA.Length; k++)
            {
                pivotA[k] *= scale;
            }

            for (var k = 0; k < m; k++)
            {
                pivotInverse[k] *= scale;
            }

            for (var r = 0; r < m; r++)
            {
                var factor = a[(r * m) + c];
                if (r == c || factor == 0)
                {
                    continue;
                }

                AddScaled(a.AsSpan((r * m) + c, m - c), pivotA, -factor);
                AddScaled(_binv.AsSpan(r * m, m), pivotInverse, -factor);
            }
        }

        RecomputeBasic();
        for (var i = 0; i < m; i++)
        {
            // A repaired position holds a unit column; a slack (-e_o) instead of the artificial (+e_o) makes its value
            // non-negative, except in the sum row, which has no slack.
            var o = _basis[i] - m;
            if (o >= 0 && o < m - 1 && _xB[i] < 0 && _position[o] < 0)
            {
                _position[_basis[i]] = -1;
                _basis[i] = o;
                _position[o] = i;
                _xB[i] = -_xB[i];
                var row = _binv.AsSpan(i * m, m);
                for (var k = 0; k < m; k++)
                {
                    row[k] = -row[k];
                }
            }
        }

        _pivotsSinceRefactor = 0;
        Refactorizations++;
        return true;
    }

    /// <summary>
    /// Basis repair: column <paramref name="c"/> depends on the columns before it. This happens after a fix: every
    /// type with a positive dual is fixed, z's column loses those rows and becomes a combination of the remaining
    /// (basic) slacks. The column is replaced by the slack of a fixed row whose slack is non-basic: the current point
    /// is tight there, so with z leaving at 0 (the unfixed rows' slacks absorb it) the basic solution is the same
    /// panel mix, still feasible. If no such slack gives a pivot, any free unit column is taken as an artificial.
    /// </summary>
    /// <returns>The pivot row, or -1 if no unit column helps (cannot happen for an invertible elimination).</returns>
    private int RepairColumn(double[] a, int c)
    {
        var m = _m;
        var (row, unit) = LargestUnitPivot(c, fixedSlacksOnly: true);
        var slack = row >= 0;
        if (!slack)
        {
            (row, unit) = LargestUnitPivot(c, fixedSlacksOnly: false);
            if (row < 0)
            {
                return -1;
            }
        }

        // The elimination so far is the matrix in _binv, so the transformed unit column ±e_o is ± its column o.
        var sign = slack ? -1.0 : 1.0;
        for (var r = 0; r < m; r++)
        {
            a[(r * m) + c] = sign * _binv[(r * m) + unit];
        }

        if (_basis[c] >= 0)
        {
            _position[_basis[c]] = -1;
        }

        _basis[c] = slack ? unit : m + unit;
        _position[_basis[c]] = c;
        Repairs++;
        return row;
    }

    private (int Row, int Unit) LargestUnitPivot(int c, bool fixedSlacksOnly)
    {
        var m = _m;
        var bestRow = -1;
        var bestUnit = -1;
        var largest = SingularTolerance;
        for (var o = 0; o < m; o++)
        {
            if (_position[o] >= 0 || _position[m + o] >= 0 || (fixedSlacksOnly && (o == m - 1 || !_rowFixed[o])))
            {
                continue;
            }

            for (var r = c; r < m; r++)
            {
                var value = Math.Abs(_binv[(r * m) + o]);
                if (value > largest)
                {
                    largest = value;
                    bestRow = r;
                    bestUnit = o;
                }
            }
        }

        return (bestRow, bestUnit);
    }

    private void SwapRows(double[] matrix, int a, int b)
    {
        var rowA = matrix.AsSpan(a * _m, _m);
        var rowB = matrix.AsSpan(b * _m, _m);
        for (var k = 0; k < _m; k++)
        {
            (rowA[k], rowB[k]) = (rowB[k], rowA[k]);
        }
    }

    /// <summary>Residuals from the original columns: B x_B = b (the working right-hand side), and π A_j = c_j for every basic j.</summary>
    private bool Verified()
    {
        var residual = (double[])_work.Clone();
        var column = new double[_m];
        for (var i = 0; i < _m; i++)
        {
            if (_xB[i] == 0)
            {
                continue;
            }

            Scatter(_basis[i], column);
            for (var k = 0; k < _m; k++)
            {
                residual[k] -= column[k] * _xB[i];
            }
        }

        // Harris's ratio test lets basic values dip below zero by at most the feasibility tolerance.
        for (var i = 0; i < _m; i++)
        {
            if (IsArtificial(_basis[i]) && Math.Abs(_xB[i]) > FeasibilityTolerance)
            {
                return false;
            }
        }

        if (_xB.Min() < -10 * FeasibilityTolerance || residual.Any(r => Math.Abs(r) > ResidualTolerance))
        {
            return false;
        }

        ComputePi();
        for (var i = 0; i < _m; i++)
        {
            if (Math.Abs(Cost(_basis[i]) - Dot(_pi, _basis[i])) > ResidualTolerance)
            {
                return false;
            }
        }

        return true;
    }

    private void Record()
    {
        ComputePi();
        var zPosition = _position[ZIndex];
        Z = zPosition >= 0 ? _xB[zPosition] : 0;
        Mu = _pi[_m - 1];
        Array.Clear(Duals);
        for (var row = 0; row < _m - 1; row++)
        {
            Duals[_typeOfRow[row]] = Math.Max(0, -_pi[row]);
        }

        var weights = new double[_columns.Count];
        for (var j = 0; j < weights.Length; j++)
        {
            var p = _position[(2 * _m) + 1 + j];
            weights[j] = p >= 0 ? _xB[p] : 0;
        }

        Weights = weights;
    }

    private static void AddScaled(Span<double> target, ReadOnlySpan<double> source, double factor)
    {
        var targetVectors = MemoryMarshal.Cast<double, Vector<double>>(target);
        var sourceVectors = MemoryMarshal.Cast<double, Vector<double>>(source);
        var f = new Vector<double>(factor);
        for (var v = 0; v < targetVectors.Length; v++)
        {
            targetVectors[v] += f * sourceVectors[v];
        }

        for (var k = targetVectors.Length * Vector<double>.Count; k < target.Length; k++)
        {
            target[k] += factor * source[k];
        }
    }
}
