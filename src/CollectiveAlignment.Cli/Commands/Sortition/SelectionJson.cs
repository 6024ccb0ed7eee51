using System.Text;
using System.Text.Json;
using CollectiveAlignment.Sortition;

namespace CollectiveAlignment.Cli.Commands.Sortition;

/// <summary>
/// The documented <c>--json</c> object of <c>calign sortition select</c>:
/// <c>feasible</c> (bool), <c>algorithm</c>, <c>seed</c>, <c>panelSize</c>, <c>panel</c> (ids), <c>probabilities</c>
/// (id → probability, or null for legacy), <c>minProbability</c> (or null), <c>quotas</c> (category, value, min, max,
/// selected, met), <c>infeasibility</c> (null, or summary, conflictingCategories, reasons, relaxations, totalRelaxation,
/// withinFlex), <c>diagnostics</c> (LEXIMIN figures or null) and <c>note</c>.
/// </summary>
internal static class SelectionJson
{
    public static string Serialize(SelectionResult result, int panelSize)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteBoolean("feasible", result.Feasible);
            json.WriteString("algorithm", result.Algorithm.ToString().ToLowerInvariant());
            json.WriteString("seed", result.Seed);
            json.WriteNumber("panelSize", panelSize);
            json.WriteStartArray("panel");
            foreach (var id in result.Panel)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            if (result.Probabilities is null)
            {
                json.WriteNull("probabilities");
            }
            else
            {
                json.WriteStartObject("probabilities");
                foreach (var (id, p) in result.Probabilities)
                {
                    json.WriteNumber(id, p);
                }

                json.WriteEndObject();
            }

            if (result.MinProbability is double min)
            {
                json.WriteNumber("minProbability", min);
            }
            else
            {
                json.WriteNull("minProbability");
            }

            json.WriteStartArray("quotas");
            foreach (var q in result.Quotas)
            {
                json.WriteStartObject();
                json.WriteString("category", q.Category);
                json.WriteString("value", q.Value);
                json.WriteNumber("min", q.Min);
                json.WriteNumber("max", q.Max);
                json.WriteNumber("selected", q.Selected);
                json.WriteBoolean("met", q.Met);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (result.Infeasibility is { } why)
            {
                json.WriteStartObject("infeasibility");
                json.WriteString("summary", why.Summary);
                WriteStrings(json, "conflictingCategories", why.ConflictingCategories);
                WriteStrings(json, "reasons", why.Reasons);
                json.WriteStartArray("relaxations");
                foreach (var r in why.Relaxations)
                {
                    json.WriteStartObject();
                    json.WriteString("category", r.Category);
                    json.WriteString("value", r.Value);
                    json.WriteNumber("min", r.Min);
                    json.WriteNumber("max", r.Max);
                    json.WriteNumber("suggestedMin", r.SuggestedMin);
                    json.WriteNumber("suggestedMax", r.SuggestedMax);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteNumber("totalRelaxation", why.TotalRelaxation);
                json.WriteBoolean("withinFlex", why.WithinFlex);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("infeasibility");
            }

            if (result.Diagnostics is { } d)
            {
                json.WriteStartObject("diagnostics");
                json.WriteNumber("types", d.Types);
                json.WriteNumber("uncoverableTypes", d.UncoverableTypes);
                json.WriteNumber("stages", d.Stages);
                json.WriteNumber("columns", d.Columns);
                json.WriteNumber("pricingCalls", d.PricingCalls);
                json.WriteNumber("maxCertifiedGap", d.MaxCertifiedGap);
                json.WriteNumber("numericalRelaxations", d.NumericalRelaxations);
                json.WriteString("masterSolver", d.MasterSolver.ToString().ToLowerInvariant());
                json.WriteBoolean("glopFallback", d.GlopFallback);
                json.WriteString("fallbackReason", d.FallbackReason);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("diagnostics");
            }

            json.WriteString("note", result.Note);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
