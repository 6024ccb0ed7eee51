namespace CollectiveAlignment.Sortition;

/// <summary>One value's share in the population, the pool and the panel.</summary>
/// <param name="Value">Value name.</param>
/// <param name="PopulationShare">Target share (the categories file's <c>population_share</c>, else the pool share).</param>
/// <param name="PoolShare">Share in the pool.</param>
/// <param name="PanelCount">Panel members with the value.</param>
/// <param name="PanelShare">Share in the panel.</param>
/// <param name="Expected">Expected panel count under the population shares.</param>
public sealed record ValueShare(string Value, double PopulationShare, double PoolShare, int PanelCount, double PanelShare, double Expected);
