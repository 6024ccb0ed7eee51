using System.Text.Json.Serialization;
using CollectiveAlignment.Sortition;
using CollectiveAlignment.Web.Jobs;

namespace CollectiveAlignment.Web.Features.Recruitment.Selection;

/// <summary>The payload of a <see cref="SelectPanelJob"/> run.</summary>
/// <param name="ProcessId">The process whose pool is selected from.</param>
/// <param name="ReleaseAccepted">
/// The researcher confirmed that members who accepted a seat on the earlier panel may lose it; without it, a run whose
/// panel leaves out an accepted member is published but does not take effect.
/// </param>
/// <param name="MasterSolver">
/// The LEXIMIN master LP solver the researcher asked for, or null for the default (hybrid). Left out of the stored JSON
/// when null, so runs recorded before the option existed read the same; stored by name, so reordering the enum cannot
/// change what a recorded run asked for.
/// </param>
public sealed record SelectionRunRequest(
    Guid ProcessId,
    bool ReleaseAccepted = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), JsonConverter(typeof(JsonStringEnumConverter<MasterSolver>))] MasterSolver? MasterSolver = null) : IProcessPayload;
