using System.Text.Json;
using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Sortition;

namespace CollectiveAlignment.Web.Features.Recruitment.Selection;

/// <summary>A selection run ready to show: the run row, and once it completed, its record decoded.</summary>
public sealed record SelectionRunView(
    JobRun Run,
    SelectionRun? Record,
    IReadOnlyList<string> Panel,
    IReadOnlyDictionary<string, double>? Probabilities,
    IReadOnlyList<QuotaCheck> Quotas,
    InfeasibilityExplanation? Infeasibility)
{
    /// <summary>Decodes <paramref name="record"/>'s JSON columns.</summary>
    public static SelectionRunView From(JobRun run, SelectionRun? record) => new(
        run,
        record,
        record is null ? [] : JsonSerializer.Deserialize<List<string>>(record.PanelJson) ?? [],
        record?.ProbabilitiesJson is null ? null : JsonSerializer.Deserialize<Dictionary<string, double>>(record.ProbabilitiesJson),
        record is null ? [] : JsonSerializer.Deserialize<List<QuotaCheck>>(record.QuotasJson) ?? [],
        record?.InfeasibilityJson is null ? null : JsonSerializer.Deserialize<InfeasibilityExplanation>(record.InfeasibilityJson));
}
