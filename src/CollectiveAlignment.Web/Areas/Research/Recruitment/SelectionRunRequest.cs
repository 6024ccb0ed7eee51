namespace CollectiveAlignment.Web.Areas.Research.Recruitment;

/// <summary>The payload of a <see cref="SelectPanelJob"/> run.</summary>
/// <param name="ProcessId">The process whose pool is selected from.</param>
public sealed record SelectionRunRequest(Guid ProcessId);
