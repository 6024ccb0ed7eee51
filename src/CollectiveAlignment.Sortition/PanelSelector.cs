namespace CollectiveAlignment.Sortition;

/// <summary>One entry point for the three algorithms, returning a uniform <see cref="SelectionResult"/>.</summary>
public static class PanelSelector
{
    /// <summary>Selects a panel.</summary>
    /// <param name="problem">The instance.</param>
    /// <param name="algorithm">The algorithm.</param>
    /// <param name="seed">The public seed (anyone re-running with the same inputs and seed gets the same panel).</param>
    /// <param name="progress">LEXIMIN progress lines; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels LEXIMIN between solver calls.</param>
    /// <returns>The result; infeasible quotas are reported in it, never thrown.</returns>
    public static SelectionResult Select(SelectionProblem problem, SelectionAlgorithm algorithm, string seed, IProgress<string>? progress = null, CancellationToken cancellationToken = default) =>
        Select(problem, algorithm, seed, LeximinOptions.Default, progress, cancellationToken);

    /// <summary>Selects a panel, with settings for LEXIMIN (ignored by the other algorithms).</summary>
    /// <param name="problem">The instance.</param>
    /// <param name="algorithm">The algorithm.</param>
    /// <param name="seed">The public seed (anyone re-running with the same inputs and seed gets the same panel).</param>
    /// <param name="leximinOptions">LEXIMIN settings, e.g. the master LP solver.</param>
    /// <param name="progress">LEXIMIN progress lines; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels LEXIMIN between solver calls.</param>
    /// <returns>The result; infeasible quotas are reported in it, never thrown.</returns>
    public static SelectionResult Select(SelectionProblem problem, SelectionAlgorithm algorithm, string seed, LeximinOptions leximinOptions, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(leximinOptions);
        switch (algorithm)
        {
            case SelectionAlgorithm.Leximin:
                {
                    var index = problem.People.Select((p, i) => (p.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
                    var outcome = Leximin.Solve(problem, leximinOptions, progress, cancellationToken);
                    if (!outcome.Feasible)
                    {
                        return Infeasible(algorithm, seed, outcome.Infeasibility!, null);
                    }

                    var (_, panel) = outcome.Distribution!.Draw(seed);
                    var probabilities = outcome.Distribution.Probabilities();
                    var ordered = panel.OrderBy(id => index[id]).ToList();
                    return new SelectionResult(algorithm, seed, true, ordered, probabilities, probabilities.Values.Min(), problem.CheckQuotas(ordered.Select(id => index[id]).ToList()), null, outcome.Distribution, outcome.Diagnostics, null);
                }

            case SelectionAlgorithm.Legacy:
                {
                    var panel = Legacy.Select(problem, seed);
                    if (panel is null)
                    {
                        using var mip = new PanelMip(problem, ProfileTypes.Build(problem));
                        return mip.Maximize(new double[ProfileTypes.Build(problem).Count]) is null
                            ? Infeasible(algorithm, seed, InfeasibilityDiagnosis.Explain(problem), null)
                            : new SelectionResult(algorithm, seed, false, [], null, null, [], null, null, null, "The greedy legacy algorithm failed in every attempt although a feasible panel exists; use LEXIMIN.");
                    }

                    var ordered = panel.Order().ToList();
                    return new SelectionResult(algorithm, seed, true, ordered.Select(i => problem.People[i].Id).ToList(), null, null, problem.CheckQuotas(ordered), null, null, null, "Legacy selection probabilities have no closed form and are not reported.");
                }

            case SelectionAlgorithm.Stratified:
                {
                    var (panel, probabilities) = StratifiedSampling.Select(problem, seed);
                    var ordered = panel.Order().ToList();
                    var byId = new Dictionary<string, double>(problem.People.Count, StringComparer.Ordinal);
                    for (var i = 0; i < probabilities.Length; i++)
                    {
                        byId[problem.People[i].Id] = probabilities[i];
                    }

                    var quotas = problem.CheckQuotas(ordered);
                    var note = quotas.All(q => q.Met) ? null : "Stratified sampling allocates proportionally to the pool and does not enforce quotas; some are not met.";
                    return new SelectionResult(algorithm, seed, true, ordered.Select(i => problem.People[i].Id).ToList(), byId, probabilities.Length == 0 ? null : probabilities.Min(), quotas, null, null, null, note);
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown selection algorithm.");
        }
    }

    private static SelectionResult Infeasible(SelectionAlgorithm algorithm, string seed, InfeasibilityExplanation explanation, string? note) =>
        new(algorithm, seed, false, [], null, null, [], explanation, null, null, note);
}
