using System.Globalization;
using System.Text;
using System.Text.Json;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Methods;

namespace CollectiveAlignment.Aggregation.Results;

/// <summary>
/// Canonical JSON for results: compact UTF-8, object keys in ordinal order, numbers in shortest round-trip form, candidates by
/// name. The same profile, method, version and parameters therefore give byte-identical output, which <c>calign verify</c> checks.
/// </summary>
/// <remarks>
/// Top level (documented in aggregation-methods/README.md): <c>candidates</c>, <c>explanation</c> (with a <c>type</c>
/// discriminator), <c>method</c> (the id), <c>methodVersion</c>, <c>parameters</c>, <c>ranking</c> (tiers of names; absent when
/// undefined), <c>scores</c> (by name; absent when undefined), <c>tieBreak</c> (only when the optional tie-breaking step ran:
/// <c>priority</c>, <c>rule</c>, <c>winner</c>), <c>winners</c> (names, the full tied set). Each explanation is written by the
/// <see cref="ExplanationWriter"/> its type names (<see cref="ExplanationWriters"/>), so a plug-in can bring its own kind.
/// </remarks>
public static class CanonicalJson
{
    /// <summary>Serialises <paramref name="result"/> canonically.</summary>
    /// <param name="result">The result.</param>
    /// <param name="candidates">The profile's candidates (names are written, not indices).</param>
    /// <param name="methodId">The method id.</param>
    /// <param name="methodVersion">The method version.</param>
    /// <param name="parameters">The parameters given explicitly.</param>
    /// <param name="tieBreak">The optional tie-breaking step's outcome, written as <c>tieBreak</c> when given.</param>
    public static byte[] Serialize(AggregationResult result, CandidateSet candidates, string methodId, int methodVersion, MethodParameters parameters, TieBreak? tieBreak = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(parameters);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("candidates");
            foreach (var c in candidates)
            {
                w.WriteStringValue(c);
            }

            w.WriteEndArray();
            w.WritePropertyName("explanation");
            CanonicalJsonObject.WriteExplanation(w, result.Explanation, candidates);
            w.WriteString("method", methodId);
            w.WriteNumber("methodVersion", methodVersion);
            w.WriteStartObject("parameters");
            foreach (var (k, v) in parameters.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.WriteString(k, v);
            }

            w.WriteEndObject();
            if (result.Ranking is { } ranking)
            {
                w.WriteStartArray("ranking");
                foreach (var tier in ranking)
                {
                    WriteNames(w, tier, candidates);
                }

                w.WriteEndArray();
            }

            if (result.Scores is { } scores)
            {
                w.WritePropertyName("scores");
                WriteByName(w, scores, candidates);
            }

            if (tieBreak is not null)
            {
                w.WriteStartObject("tieBreak");
                w.WriteStartArray("priority");
                foreach (var c in tieBreak.Priority)
                {
                    w.WriteStringValue(candidates[c]);
                }

                w.WriteEndArray();
                w.WriteString("rule", tieBreak.Rule);
                w.WriteString("winner", candidates[tieBreak.Winner]);
                w.WriteEndObject();
            }

            w.WritePropertyName("winners");
            WriteNames(w, result.Winners, candidates);
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The canonical JSON as a string.</summary>
    public static string SerializeToString(AggregationResult result, CandidateSet candidates, string methodId, int methodVersion, MethodParameters parameters, TieBreak? tieBreak = null) =>
        Encoding.UTF8.GetString(Serialize(result, candidates, methodId, methodVersion, parameters, tieBreak));

    internal static void WriteNames(Utf8JsonWriter w, IEnumerable<int> indices, CandidateSet candidates)
    {
        w.WriteStartArray();
        foreach (var c in indices.Order())
        {
            w.WriteStringValue(candidates[c]);
        }

        w.WriteEndArray();
    }

    internal static void WriteByName(Utf8JsonWriter w, IReadOnlyList<double> values, CandidateSet candidates)
    {
        w.WriteStartObject();
        foreach (var c in Enumerable.Range(0, values.Count).OrderBy(c => candidates[c], StringComparer.Ordinal))
        {
            w.WritePropertyName(candidates[c]);
            WriteNumber(w, values[c]);
        }

        w.WriteEndObject();
    }

    internal static void WriteNumber(Utf8JsonWriter w, double value)
    {
        if (!double.IsFinite(value))
        {
            // JSON has no infinities; a string keeps the output valid and still deterministic.
            w.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
            return;
        }

        // -0 and 0 must print the same; values are rounded to 12 significant digits so the last-bit noise of summing
        // fractional weights in a different order cannot change the bytes.
        var rounded = value == 0 ? 0 : double.Parse(value.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        w.WriteNumberValue(rounded);
    }
}
