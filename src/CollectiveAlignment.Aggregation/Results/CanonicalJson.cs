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
/// <c>priority</c>, <c>rule</c>, <c>winner</c>), <c>winners</c> (names, the full tied set).
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
            WriteExplanation(w, result.Explanation, candidates);
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

    private static void WriteExplanation(Utf8JsonWriter w, Explanation explanation, CandidateSet candidates)
    {
        w.WriteStartObject();
        switch (explanation)
        {
            case CompositeExplanation e:
                w.WriteStartArray("parts");
                foreach (var part in e.Parts)
                {
                    WriteExplanation(w, part, candidates);
                }

                w.WriteEndArray();
                w.WriteString("summary", e.Summary);
                w.WriteString("type", "composite");
                break;
            case DefeatGraphExplanation e:
                w.WriteStartArray("defeats");
                foreach (var d in e.Defeats)
                {
                    w.WriteStartObject();
                    w.WriteString("loser", candidates[d.Loser]);
                    w.WritePropertyName("strength");
                    WriteNumber(w, d.Strength);
                    w.WriteString("winner", candidates[d.Winner]);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                WriteMatrix(w, "margins", e.Margins);
                w.WriteString("summary", e.Summary);
                w.WriteString("type", "defeat-graph");
                break;
            case EliminationRoundsExplanation e:
                w.WriteStartArray("rounds");
                foreach (var round in e.Rounds)
                {
                    w.WriteStartObject();
                    w.WritePropertyName("eliminated");
                    WriteNames(w, round.Eliminated, candidates);
                    w.WriteStartObject("tallies");
                    foreach (var c in Enumerable.Range(0, round.Tallies.Count).Where(c => round.Tallies[c].HasValue).OrderBy(c => candidates[c], StringComparer.Ordinal))
                    {
                        w.WritePropertyName(candidates[c]);
                        WriteNumber(w, round.Tallies[c]!.Value);
                    }

                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteString("summary", e.Summary);
                w.WriteString("tallyName", e.TallyName);
                w.WriteString("type", "elimination-rounds");
                break;
            case MajorityGradesExplanation e:
                w.WriteStartObject("grades");
                foreach (var c in Enumerable.Range(0, e.Grades.Count).OrderBy(c => candidates[c], StringComparer.Ordinal))
                {
                    w.WriteStartObject(candidates[c]);
                    w.WriteNumber("median", e.Grades[c].Median);
                    w.WritePropertyName("share");
                    WriteNumber(w, e.Grades[c].Share);
                    w.WriteNumber("sign", e.Grades[c].Sign);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteString("summary", e.Summary);
                w.WriteString("type", "majority-grades");
                break;
            case PairwiseMarginsExplanation e:
                WriteMatrix(w, "margins", e.Margins);
                w.WriteString("summary", e.Summary);
                w.WriteString("type", "pairwise-margins");
                break;
            case ScoreTallyExplanation e:
                w.WriteBoolean("higherIsBetter", e.HigherIsBetter);
                w.WriteString("scoreName", e.ScoreName);
                w.WritePropertyName("scores");
                WriteByName(w, e.Scores, candidates);
                w.WriteString("summary", e.Summary);
                w.WriteString("type", "score-tally");
                break;
            case CommitteeExplanation e:
                // Members stay in selection order: the order is part of the explanation (sequential rules).
                w.WriteStartArray("members");
                foreach (var c in e.Members)
                {
                    w.WriteStringValue(candidates[c]);
                }

                w.WriteEndArray();
                w.WritePropertyName("pavScore");
                WriteNumber(w, e.PavScore);
                w.WriteStartObject("representation");
                foreach (var (k, v) in e.Representation.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    w.WriteString(k, v);
                }

                w.WriteEndObject();
                w.WriteNumber("seats", e.Seats);
                w.WriteStartArray("steps");
                foreach (var step in e.Steps)
                {
                    w.WriteStringValue(step);
                }

                w.WriteEndArray();
                w.WriteString("summary", e.Summary);
                w.WriteBoolean("tieBroken", e.TieBroken);
                w.WriteString("type", "committee");
                break;
            case OpinionGroupsExplanation e:
                w.WriteStartArray("ballots");
                foreach (var b in e.Ballots)
                {
                    w.WriteStartObject();
                    w.WriteNumber("count", b.Count);
                    w.WriteNumber("group", b.Group);
                    w.WritePropertyName("x");
                    WriteNumber(w, b.X);
                    w.WritePropertyName("y");
                    WriteNumber(w, b.Y);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WritePropertyName("consensus");
                WriteByName(w, e.Consensus, candidates);
                w.WriteStartArray("groups");
                foreach (var g in e.Groups)
                {
                    w.WriteStartObject();
                    w.WriteStartArray("representatives");
                    foreach (var r in g.Representatives)
                    {
                        w.WriteStartObject();
                        w.WriteBoolean("agree", r.Agree);
                        w.WritePropertyName("probability");
                        WriteNumber(w, r.Probability);
                        w.WritePropertyName("repness");
                        WriteNumber(w, r.Repness);
                        w.WritePropertyName("repnessTest");
                        WriteNumber(w, r.RepnessTest);
                        w.WriteString("statement", candidates[r.Statement]);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteNumber("size", g.Size);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteString("summary", e.Summary);
                w.WriteString("type", "opinion-groups");
                break;
            default:
                throw new NotSupportedException($"Unknown explanation type {explanation.GetType().Name}.");
        }

        w.WriteEndObject();
    }

    private static void WriteMatrix(Utf8JsonWriter w, string name, IReadOnlyList<IReadOnlyList<double>> rows)
    {
        w.WriteStartArray(name);
        foreach (var row in rows)
        {
            w.WriteStartArray();
            foreach (var v in row)
            {
                WriteNumber(w, v);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    private static void WriteNames(Utf8JsonWriter w, IEnumerable<int> indices, CandidateSet candidates)
    {
        w.WriteStartArray();
        foreach (var c in indices.Order())
        {
            w.WriteStringValue(candidates[c]);
        }

        w.WriteEndArray();
    }

    private static void WriteByName(Utf8JsonWriter w, IReadOnlyList<double> values, CandidateSet candidates)
    {
        w.WriteStartObject();
        foreach (var c in Enumerable.Range(0, values.Count).OrderBy(c => candidates[c], StringComparer.Ordinal))
        {
            w.WritePropertyName(candidates[c]);
            WriteNumber(w, values[c]);
        }

        w.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter w, double value)
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
