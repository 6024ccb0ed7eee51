using System.Text.Json;

namespace CollectiveAlignment.Web.Features.Recruitment.Selection;

/// <summary>The payload of a <see cref="SelectPanelJob"/> run.</summary>
/// <param name="ProcessId">The process whose pool is selected from.</param>
/// <param name="ReleaseAccepted">
/// The researcher confirmed that members who accepted a seat on the earlier panel may lose it; without it, a run whose
/// panel leaves out an accepted member is published but does not take effect.
/// </param>
public sealed record SelectionRunRequest(Guid ProcessId, bool ReleaseAccepted = false)
{
    /// <summary>
    /// Every payload a run of <paramref name="processId"/> can have. The payload is written by one serializer from this
    /// record, so runs are found by comparing it exactly.
    /// </summary>
    public static IReadOnlyList<string> PayloadsOf(Guid processId) =>
        [JsonSerializer.Serialize(new SelectionRunRequest(processId)), JsonSerializer.Serialize(new SelectionRunRequest(processId, ReleaseAccepted: true))];
}
