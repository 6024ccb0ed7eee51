using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CollectiveAlignment.Methods.Consensus.Explanations;
using Spectre.Console;

namespace CollectiveAlignment.Cli.Commands.Consensus;

/// <summary>
/// What <c>calign aggregate</c> adds for opinion groups when the input named its participants: the participant → group map
/// (the SDK result only knows distinct ballots) and, for Polis exports, the statement texts.
/// </summary>
internal static class OpinionGroupsOutput
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Adds <c>groups</c> (participant id → group index, −1 when not placed) and, for Polis, <c>statements</c> (id → text) to
    /// the canonical JSON, keeping every object's keys in ordinal order so the output stays canonical.
    /// </summary>
    public static string AugmentJson(string canonical, StatementVoteSource source, OpinionGroupsExplanation explanation)
    {
        var root = JsonNode.Parse(canonical)!.AsObject();
        var groups = new JsonObject();
        foreach (var p in Enumerable.Range(0, source.Matrix.ParticipantCount).OrderBy(p => source.Matrix.ParticipantIds[p], StringComparer.Ordinal))
        {
            groups[source.Matrix.ParticipantIds[p]] = explanation.Ballots[source.BallotOfParticipant[p]].Group;
        }

        var sorted = new JsonObject();
        var extra = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal) { ["groups"] = groups };
        if (source.Polis is { } polis)
        {
            var statements = new JsonObject();
            foreach (var c in polis.Comments.Where(c => source.Profile.Candidates.IndexOf(c.Id) >= 0).OrderBy(c => c.Id, StringComparer.Ordinal))
            {
                statements[c.Id] = c.Body;
            }

            extra["statements"] = statements;
        }

        var keys = root.Select(kv => kv.Key).Concat(extra.Keys).Order(StringComparer.Ordinal).ToArray();
        foreach (var key in keys)
        {
            sorted[key] = extra.TryGetValue(key, out var node) ? node : root[key]!.DeepClone();
        }

        return sorted.ToJsonString(Relaxed);
    }

    /// <summary>Prints each group's size and representative statements (with text when the input had it).</summary>
    public static void Render(IAnsiConsole console, StatementVoteSource? source, CollectiveAlignment.Aggregation.Profiles.Profile profile, OpinionGroupsExplanation explanation)
    {
        var texts = source?.Polis?.Comments.ToDictionary(c => c.Id, c => c.Body, StringComparer.Ordinal) ?? [];
        for (var g = 0; g < explanation.Groups.Count; g++)
        {
            var group = explanation.Groups[g];
            var table = new Table().Title(string.Create(CultureInfo.InvariantCulture, $"Group {g} ({group.Size} participants)"))
                .AddColumn("Statement").AddColumn("Vote").AddColumn("In-group").AddColumn("Repness");
            foreach (var r in group.Representatives)
            {
                var id = profile.Candidates[r.Statement];
                var label = texts.TryGetValue(id, out var text) ? $"{id}: {Shorten(text)}" : id;
                table.AddRow(Markup.Escape(label), r.Agree ? "agree" : "disagree", r.Probability.ToString("P0", CultureInfo.InvariantCulture), r.Repness.ToString("0.##", CultureInfo.InvariantCulture));
            }

            console.Write(table);
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
