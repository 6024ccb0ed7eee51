using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Features.Recruitment.Selection;

/// <summary>The payload of a <see cref="SelectPanelJob"/> run.</summary>
/// <param name="ProcessId">The process whose pool is selected from.</param>
/// <param name="ReleaseAccepted">
/// The researcher confirmed that members who accepted a seat on the earlier panel may lose it; without it, a run whose
/// panel leaves out an accepted member is published but does not take effect.
/// </param>
public sealed record SelectionRunRequest(Guid ProcessId, bool ReleaseAccepted = false) : IProcessPayload;
