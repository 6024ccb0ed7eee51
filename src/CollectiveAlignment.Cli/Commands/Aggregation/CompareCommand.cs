using System.CommandLine;
using System.Text;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Aggregation.Registry;
using CollectiveAlignment.Aggregation.Results;
using Spectre.Console;
using Profile = CollectiveAlignment.Aggregation.Profiles.Profile;

namespace CollectiveAlignment.Cli.Commands.Aggregation;

/// <summary>
/// <c>calign compare --methods all FILE [--json]</c>: every applicable method side by side, grouped by winner set so
/// disagreements stand out, with the Condorcet winner (if any) and the pairwise margins for ranked ballots.
/// </summary>
public static class CompareCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var options = new AggregationOptions();
        var methods = new Option<string>("--methods") { Description = "'all' (every method for the file's ballot kind) or a comma-separated list of ids.", DefaultValueFactory = _ => "all" };
        var command = new Command("compare", "Run several methods on one ballot file and show where they disagree.");
        command.Options.Add(methods);
        options.AddTo(command);
        command.SetAction(parse => AggregationOptions.Guard(parse, () =>
        {
            var registry = AggregationOptions.Registry(parse.GetValue(options.Plugins));
            var profile = options.ReadProfile(parse);
            var spec = parse.GetValue(methods)!;
            var chosen = spec == "all"
                ? registry.For(profile.Kind).ToList()
                : spec.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(registry.Get).ToList();
            foreach (var m in chosen.Where(m => !m.Accepts(profile)))
            {
                throw new ArgumentException($"Method '{m.Id}' reads {m.Metadata.BallotKind} ballots; this file holds {profile.Kind} ballots.");
            }

            var console = AggregationOptions.Console(parse);
            var json = parse.GetValue(options.Json);
            var results = new List<(RegisteredMethod Method, AggregationResult? Result, string? Error)>();
            void RunAll(Action<RegisteredMethod>? progress)
            {
                foreach (var m in chosen)
                {
                    try
                    {
                        results.Add((m, m.Aggregate(profile, MethodParameters.Empty), null));
                    }
                    catch (ArgumentException ex)
                    {
                        // A method that cannot take this profile (e.g. exact Kemeny beyond 20 candidates) is reported, not fatal.
                        results.Add((m, null, ex.Message));
                    }

                    progress?.Invoke(m);
                }
            }

            if (!json && console.Profile.Capabilities.Interactive)
            {
                console.Progress().Start(ctx =>
                {
                    var task = ctx.AddTask("Aggregating", maxValue: chosen.Count);
                    RunAll(_ => task.Increment(1));
                });
            }
            else
            {
                RunAll(null);
            }

            var condorcet = profile is RankedProfile r ? r.Matrix.CondorcetWinner() : null;
            if (json)
            {
                parse.InvocationConfiguration.Output.WriteLine(Json(profile, results, condorcet));
                return 0;
            }

            if (profile is RankedProfile ranked)
            {
                console.MarkupLine(condorcet is { } cw
                    ? $"Condorcet winner: [green]{Markup.Escape(profile.Candidates[cw])}[/]"
                    : "No Condorcet winner (majority cycle or pairwise tie).");
                ResultRenderer.RenderMargins(console, profile, ranked.Matrix.MarginRows());
            }

            var table = new Table().AddColumn("Winners").AddColumn("Methods");
            foreach (var group in results.Where(x => x.Result is not null).GroupBy(x => AggregationOptions.Names(profile, x.Result!.Winners)).OrderByDescending(g => g.Count()))
            {
                table.AddRow(Markup.Escape(group.Key), Markup.Escape(string.Join(", ", group.Select(x => x.Method.Id))));
            }

            foreach (var failed in results.Where(x => x.Error is not null))
            {
                table.AddRow("[red]n/a[/]", Markup.Escape($"{failed.Method.Id}: {failed.Error}"));
            }

            console.Write(table);
            var groups = results.Where(x => x.Result is not null).Select(x => AggregationOptions.Names(profile, x.Result!.Winners)).Distinct().Count();
            console.MarkupLine(groups <= 1 ? "All methods agree." : $"The methods disagree: {groups} different winner sets.");
            return 0;
        }));
        return command;
    }

    private static string Json(Profile profile, List<(RegisteredMethod Method, AggregationResult? Result, string? Error)> results, int? condorcet)
    {
        // Each result is embedded as its canonical JSON; the wrapper keeps keys in ordinal order too.
        var sb = new StringBuilder();
        sb.Append("{\"condorcetWinner\":").Append(condorcet is { } cw ? System.Text.Json.JsonSerializer.Serialize(profile.Candidates[cw]) : "null");
        sb.Append(",\"errors\":{");
        sb.AppendJoin(',', results.Where(x => x.Error is not null).OrderBy(x => x.Method.Id, StringComparer.Ordinal)
            .Select(x => System.Text.Json.JsonSerializer.Serialize(x.Method.Id) + ":" + System.Text.Json.JsonSerializer.Serialize(x.Error)));
        sb.Append("},\"results\":[");
        sb.AppendJoin(',', results.Where(x => x.Result is not null).OrderBy(x => x.Method.Id, StringComparer.Ordinal)
            .Select(x => CanonicalJson.SerializeToString(x.Result!, profile.Candidates, x.Method.Id, x.Method.Version, MethodParameters.Empty)));
        sb.Append("]}");
        return sb.ToString();
    }
}
