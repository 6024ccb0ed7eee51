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
/// (<see cref="BasisInverse"/>); it is rebuilt (<see cref="BasisFactorization"/>) when a residual check fails or every
/// <see cref="RefactorInterval"/> pivots.</para>
/// <para>The parts: <see cref="MasterStandardForm"/> (rows, columns, variable numbering), <see cref="BasisInverse"/>
/// and <see cref="BasisFactorization"/>, <see cref="DevexPricing"/> (entering column), <see cref="RatioTest"/>
/// (leaving position), <see cref="Perturbation"/> (anti-degeneracy and drift repair). This class is the loop: starts,
/// phases, iterations, verification.</para>
/// <para>Degeneracy: after a stage every fixed row is tight by construction, and plain Dantzig pivoting stalls for
/// thousands of degenerate pivots (measured). The right-hand side is therefore perturbed by ~1e-7 per basic variable,
/// so the solve is optimal for a slightly different LP: its duals are exact for its basis, its value close. Harris's
/// two-pass ratio test picks the largest pivot among near-ties; Bland's rule takes over after 50 consecutive
/// degenerate pivots anyway.</para>
/// <para>After a fix, the next solve restarts from the exact optimum (<see cref="SetCrashPoint"/>): a basis around
/// that panel mix, completed by unit columns where the fix made it singular (basis repair), is feasible without
/// phase 1. A cold start (slack/artificial basis, phase 1) is the fallback.</para>
/// <para>Every solve ends with a check of the primal and dual residuals computed from the original columns; on failure
/// the inverse is rebuilt. A breakdown (singular basis after a rebuild, iteration limit) throws
/// <see cref="InvalidOperationException"/>, and the caller falls back to GLOP.</para>
/// </remarks>
internal sealed class MasterSimplex : IDisposable
{
    private const int RefactorInterval = 1000;
    private const int DegenerateLimit = 50;

    private readonly MasterStandardForm _form;
    private readonly BasisInverse _basis;
    private readonly BasisFactorization _factorization;
    private readonly DevexPricing _pricing;
    private readonly Perturbation _perturbation;
    private readonly int _m;
    private readonly double[] _pi;
    private readonly double[] _w;
    private bool _started;
    private bool _basisChanged;
    private bool _rhsChanged;
    private List<(int Column, double Weight)>? _crashPoint;
    private bool _phase1;
    private bool _unperturbed;

    /// <param name="types">The pool's types.</param>
    /// <param name="coverable">Types that get a row.</param>
    /// <param name="scale">Row divisor <c>n_t</c> of each type (see <see cref="ProfileTypes.Sizes"/>), or the target
    /// expected counts when the LP decomposes a given point.</param>
    public MasterSimplex(ProfileTypes types, bool[] coverable, double[] scale)
    {
        _form = new MasterStandardForm(types, coverable, scale);
        _m = _form.M;
        _basis = new BasisInverse(_form);
        _factorization = new BasisFactorization(_form, _basis);
        _pricing = new DevexPricing(_form, _basis);
        _perturbation = new Perturbation(_form, _basis);
        _pi = new double[_m];
        _w = new double[_m];
        Duals = new double[types.Count];
    }

    /// <summary>Every panel class added, in the order of <see cref="Weights"/>.</summary>
    public IReadOnlyList<int[]> Columns => _form.Columns;

    /// <summary>Value of z in the last solve (within ~1e-7 of the true stage value).</summary>
    public double Z { get; private set; }

    /// <summary>Dual <c>y_t &gt;= 0</c> of each type's row in the last solve (0 for types outside the LP).</summary>
    public double[] Duals { get; }

    /// <summary>Dual of the <c>sum x = 1</c> row in the last solve.</summary>
    public double Mu { get; private set; }

    /// <summary>Column weights of the last solve.</summary>
    public double[] Weights { get; private set; } = [];

    /// <summary>Simplex pivots since construction (for diagnostics and tests).</summary>
    public long Pivots => _basis.Pivots;

    /// <summary>Basis columns replaced by unit columns because the basis had become singular.</summary>
    public int Repairs => _factorization.Repairs;

    /// <summary>Restarts from an exact optimum after a fix (see <see cref="SetCrashPoint"/>).</summary>
    public int CrashStarts { get; private set; }

    /// <summary>Basis inverses rebuilt from scratch (for diagnostics and tests).</summary>
    public int Refactorizations => _factorization.Rebuilds;

    /// <summary>
    /// Test hook: the number of pivots after which the next iteration reports a breakdown, as a singular basis would.
    /// Lets a test check that the GLOP fallback takes over cleanly; never set in production.
    /// </summary>
    internal long? BreakdownAfterPivots { get; set; }

    /// <summary>Adds a panel class unless it was added before.</summary>
    public bool TryAdd(int[] counts)
    {
        if (!_form.TryAdd(counts))
        {
            return false;
        }

        var variables = _form.VariableCount;
        if (_basis.Position.Length < variables)
        {
            var length = Math.Max(variables, _basis.Position.Length * 2);
            _basis.Grow(length);
            _pricing.Grow(length);
        }

        _basis.Position[variables - 1] = -1;
        return true;
    }

    /// <summary>Fixes a type's probability from now on.</summary>
    public void Fix(int type, double value)
    {
        _form.Fix(type, value);

        // z's column lost an entry: the kept basis must be re-inverted (and may have become infeasible).
        _basisChanged = true;
    }

    /// <summary>Lowers every fixed value by <paramref name="amount"/>.</summary>
    public void LowerFixed(double amount)
    {
        _form.LowerFixed(amount);
        _rhsChanged = true;
    }

    /// <summary>Fixed value of a type.</summary>
    public double FixedValue(int type) => _form.FixedValue(type);

    /// <summary>
    /// Re-optimises from the kept basis. The result is optimal for a right-hand side perturbed by about 1e-7 (see
    /// <see cref="Perturbation"/>): the duals are exactly those of an optimal basis of that LP, the value and weights
    /// are close to the true ones (the ~1e-7 perturbation, amplified by the basis inverse: up to ~1e-4 has been seen).
    /// That is what pricing needs; exact values come from GLOP.
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
            _perturbation.Perturb();
            _unperturbed = false;
        }

        for (var check = 0; ; check++)
        {
            Iterate();
            if (Verified())
            {
                break;
            }

            if (check == 2 || !_factorization.Refactor() || !_perturbation.LiftNegatives())
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
        var xB = _basis.Values;
        var work = _basis.WorkingRhs;
        var saved = (double[])xB.Clone();
        var savedWork = (double[])work.Clone();
        Array.Copy(_form.Rhs, work, _m);
        _basis.RecomputeBasic();
        var feasible = true;
        for (var i = 0; i < _m && feasible; i++)
        {
            feasible = _form.IsArtificial(_basis.Basis[i]) ? Math.Abs(xB[i]) <= SimplexTolerances.Feasibility : xB[i] >= -SimplexTolerances.Feasibility;
        }

        if (feasible && Verified())
        {
            Record();
            _unperturbed = true;
            return true;
        }

        Array.Copy(saved, xB, _m);
        Array.Copy(savedWork, work, _m);
        return false;
    }

    /// <summary>
    /// Columns in the last solution or within <paramref name="tolerance"/> of entering it (reduced cost at the last
    /// duals): the ones an exact re-solve is likely to need.
    /// </summary>
    public IEnumerable<int[]> UsefulColumns(double tolerance)
    {
        for (var j = 0; j < _form.Columns.Count; j++)
        {
            var variable = _form.PanelVariable(j);
            if (_basis.Position[variable] >= 0 || _form.Cost(variable, _phase1) - _form.Dot(_pi, variable) > -tolerance)
            {
                yield return _form.Columns[j];
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
            if (weights[j] > 1e-12 && _form.TryFind(columns[j], out var index))
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
            var rows = _form.ColumnRows(column);
            var values = _form.ColumnValues(column);
            for (var e = 0; e < rows.Length; e++)
            {
                activity[rows[e]] += weight * values[e];
            }
        }

        var basis = _basis.Basis;
        var position = _basis.Position;
        var rhs = _form.Rhs;
        Array.Fill(position, -1);
        Array.Fill(basis, -1);
        var next = 0;
        foreach (var (column, _) in point)
        {
            if (next == _m)
            {
                return false;
            }

            var variable = _form.PanelVariable(column);
            basis[next] = variable;
            position[variable] = next++;
        }

        for (var i = 0; i < _m - 1; i++)
        {
            if (activity[i] - rhs[i] > SimplexTolerances.Feasibility)
            {
                if (next == _m)
                {
                    return false;
                }

                basis[next] = i;
                position[i] = next++;
            }
        }

        _started = true;
        var xB = _basis.Values;
        if (!_factorization.Refactor() || xB.Min() < -SimplexTolerances.Feasibility)
        {
            return false;
        }

        for (var i = 0; i < _m; i++)
        {
            if (_form.IsArtificial(basis[i]) && Math.Abs(xB[i]) > SimplexTolerances.Feasibility)
            {
                return false;
            }
        }

        _perturbation.Perturb();
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
        Array.Copy(_form.Rhs, _basis.WorkingRhs, _m);
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

        if (_started && _factorization.Refactor())
        {
            var xB = _basis.Values;
            var feasible = true;
            var artificial = false;
            for (var i = 0; i < _m; i++)
            {
                if (_form.IsArtificial(_basis.Basis[i]))
                {
                    artificial |= Math.Abs(xB[i]) > SimplexTolerances.Feasibility;
                    feasible &= xB[i] >= -SimplexTolerances.Feasibility;
                }
                else
                {
                    feasible &= xB[i] >= -SimplexTolerances.Feasibility;
                }
            }

            if (feasible)
            {
                _perturbation.Perturb();
                return !artificial || Phase1();
            }
        }

        _started = true;
        return ColdStart();
    }

    private bool ColdStart()
    {
        _basis.StartFromSlacks();
        _perturbation.Perturb();
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
            if (_form.IsArtificial(_basis.Basis[i]))
            {
                infeasibility += _basis.Values[i];
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

    private void DriveOutArtificials()
    {
        for (var r = 0; r < _m; r++)
        {
            if (!_form.IsArtificial(_basis.Basis[r]) || Math.Abs(_basis.Values[r]) > 1e-9)
            {
                continue;
            }

            // The largest available pivot keeps the explicit inverse well conditioned.
            var row = _basis.Row(r);
            var best = -1;
            var largest = 1e-6;
            var variableCount = _form.VariableCount;
            for (var j = 0; j < variableCount; j++)
            {
                if (_form.IsArtificial(j) || j == _m - 1 || _basis.Position[j] >= 0)
                {
                    continue;
                }

                var alpha = Math.Abs(_form.Dot(row, j));
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
                _basis.Ftran(best, _w);
                _basis.Pivot(r, best, 0, _w);
            }
        }
    }

    private void Iterate()
    {
        var degenerate = 0;
        var limit = 50_000 + (20 * (_m + _form.Columns.Count));
        for (var iteration = 0; ; iteration++)
        {
            if (iteration > limit)
            {
                throw new InvalidOperationException("The managed simplex exceeded its iteration limit on the LEXIMIN master LP.");
            }

            if (_basis.PivotsSinceRefactor >= RefactorInterval)
            {
                if (!_factorization.Refactor() || !_perturbation.LiftNegatives())
                {
                    throw new InvalidOperationException("The basis of the LEXIMIN master LP became singular or lost accuracy.");
                }
            }

            if (_basis.Pivots >= BreakdownAfterPivots)
            {
                throw new InvalidOperationException("The basis of the LEXIMIN master LP became singular (forced by a test).");
            }

            ComputePi();
            var bland = degenerate >= DegenerateLimit;
            var entering = _pricing.ChooseEntering(_pi, bland, _phase1);
            if (entering < 0)
            {
                return;
            }

            _basis.Ftran(entering, _w);
            var leaving = bland
                ? RatioTest.Bland(_w, _basis.Values, _basis.Basis, _form, _phase1)
                : RatioTest.Harris(_w, _basis.Values, _basis.Basis, _form, _phase1);
            if (leaving < 0)
            {
                throw new InvalidOperationException("The LEXIMIN master LP appeared unbounded.");
            }

            var theta = Math.Max(0, _basis.Values[leaving] / _w[leaving]);
            degenerate = theta <= 1e-12 ? degenerate + 1 : 0;
            _pricing.Update(leaving, entering, _w);
            _basis.Pivot(leaving, entering, theta, _w);
        }
    }

    private void ComputePi()
    {
        Array.Clear(_pi);
        for (var i = 0; i < _m; i++)
        {
            var c = _form.Cost(_basis.Basis[i], _phase1);
            if (c != 0)
            {
                DenseVector.AddScaled(_pi, _basis.Row(i), c);
            }
        }
    }

    /// <summary>Residuals from the original columns: B x_B = b (the working right-hand side), and π A_j = c_j for every basic j.</summary>
    private bool Verified()
    {
        var xB = _basis.Values;
        var basis = _basis.Basis;
        var residual = (double[])_basis.WorkingRhs.Clone();
        var column = new double[_m];
        for (var i = 0; i < _m; i++)
        {
            if (xB[i] == 0)
            {
                continue;
            }

            _form.Scatter(basis[i], column);
            for (var k = 0; k < _m; k++)
            {
                residual[k] -= column[k] * xB[i];
            }
        }

        // Harris's ratio test lets basic values dip below zero by at most the feasibility tolerance.
        for (var i = 0; i < _m; i++)
        {
            if (_form.IsArtificial(basis[i]) && Math.Abs(xB[i]) > SimplexTolerances.Feasibility)
            {
                return false;
            }
        }

        if (xB.Min() < -10 * SimplexTolerances.Feasibility || residual.Any(r => Math.Abs(r) > SimplexTolerances.Residual))
        {
            return false;
        }

        ComputePi();
        for (var i = 0; i < _m; i++)
        {
            if (Math.Abs(_form.Cost(basis[i], _phase1) - _form.Dot(_pi, basis[i])) > SimplexTolerances.Residual)
            {
                return false;
            }
        }

        return true;
    }

    private void Record()
    {
        ComputePi();
        var zPosition = _basis.Position[_form.ZIndex];
        var xB = _basis.Values;
        Z = zPosition >= 0 ? xB[zPosition] : 0;
        Mu = _pi[_m - 1];
        Array.Clear(Duals);
        for (var row = 0; row < _m - 1; row++)
        {
            Duals[_form.TypeOfRow(row)] = Math.Max(0, -_pi[row]);
        }

        var weights = new double[_form.Columns.Count];
        for (var j = 0; j < weights.Length; j++)
        {
            var p = _basis.Position[_form.PanelVariable(j)];
            weights[j] = p >= 0 ? xB[p] : 0;
        }

        Weights = weights;
    }
}
