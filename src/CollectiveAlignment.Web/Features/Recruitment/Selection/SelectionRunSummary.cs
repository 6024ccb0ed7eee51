namespace CollectiveAlignment.Web.Features.Recruitment.Selection;

/// <summary>The result a <see cref="SelectPanelJob"/> stores on its run row; the full record is the <c>SelectionRuns</c> row.</summary>
/// <param name="Feasible">Whether a panel meeting the quotas was selected.</param>
/// <param name="PoolSize">Volunteers considered.</param>
/// <param name="PanelSize">Seats filled (0 when infeasible).</param>
/// <param name="MinProbability">The smallest selection probability, if known.</param>
public sealed record SelectionRunSummary(bool Feasible, int PoolSize, int PanelSize, double? MinProbability);
