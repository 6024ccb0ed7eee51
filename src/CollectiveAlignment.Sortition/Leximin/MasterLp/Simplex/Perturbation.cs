using CollectiveAlignment.Randomness;

namespace CollectiveAlignment.Sortition;

/// <summary>
/// Moves the working right-hand side so that basic values sit a little above zero: once on purpose, against
/// degeneracy (<see cref="Perturb"/>), and again whenever round-off drift pushed some below (<see cref="LiftNegatives"/>).
/// </summary>
/// <remarks>
/// Only steering solves see the shifted LP: exact results come from the true right-hand side
/// (<see cref="MasterSimplex.TryUnperturb"/>) or from GLOP. The lifts are pseudo-random from a fixed seed, so a run
/// is reproducible.
/// </remarks>
internal sealed class Perturbation
{
    private const double Size = 1e-7;
    private const double LiftLimit = 1e-4;

    private readonly MasterStandardForm _form;
    private readonly BasisInverse _basis;
    private readonly SeededRandom _random = SeededRandom.FromSeed(20210811);

    /// <param name="form">The LP.</param>
    /// <param name="basis">The basis whose values are lifted.</param>
    public Perturbation(MasterStandardForm form, BasisInverse basis)
    {
        _form = form;
        _basis = basis;
    }

    /// <summary>
    /// Lifts every basic value by a small distinct pseudo-random amount, by moving the working right-hand side to
    /// <c>b + B ε</c>: ties in the ratio test become unlikely, which ends the long runs of degenerate pivots this LP
    /// is prone to (after a stage, every fixed row is tight at the current solution by construction).
    /// </summary>
    public void Perturb()
    {
        var m = _form.M;
        var column = new double[m];
        for (var i = 0; i < m; i++)
        {
            // Artificials are not lifted: phase 1 must be able to drive them to exactly zero.
            if (_form.IsArtificial(_basis.Basis[i]))
            {
                continue;
            }

            Lift(i, Size * (1 + _random.NextDouble()), column);
        }
    }

    /// <summary>
    /// Harris's ratio test lets basic values dip below zero by round-off-sized amounts, and the drift adds up over
    /// many pivots. A fresh inverse shows it; this moves the working right-hand side so that those values sit just
    /// above zero again, like <see cref="Perturb"/> does.
    /// </summary>
    /// <returns>False if a value is negative by more than <see cref="LiftLimit"/>, which is no longer drift.</returns>
    public bool LiftNegatives()
    {
        var m = _form.M;
        var xB = _basis.Values;
        var column = new double[m];
        for (var i = 0; i < m; i++)
        {
            if (xB[i] >= 0 || _form.IsArtificial(_basis.Basis[i]))
            {
                continue;
            }

            if (xB[i] < -LiftLimit)
            {
                return false;
            }

            Lift(i, -xB[i] + (Size * (1 + _random.NextDouble())), column);
        }

        return true;
    }

    /// <summary>Raises basic value i by <paramref name="lift"/>, moving the working right-hand side by B e_i lift to match.</summary>
    private void Lift(int i, double lift, double[] column)
    {
        var work = _basis.WorkingRhs;
        _basis.Values[i] += lift;
        _form.Scatter(_basis.Basis[i], column);
        for (var k = 0; k < work.Length; k++)
        {
            work[k] += column[k] * lift;
        }
    }
}
