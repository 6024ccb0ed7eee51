using System.CommandLine;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Results;
using CollectiveAlignment.Cli.Commands.Consensus;
using CollectiveAlignment.Methods.Consensus.Explanations;
using Spectre.Console;

namespace CollectiveAlignment.Cli.Commands.Aggregation;

/// <summary><c>calign aggregate --method schulze FILE [--json]</c>: one method, winners, ranking and explanation.</summary>
public static class AggregateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var options = new AggregationOptions();
        var method = new Option<string>("--method", "-m") { Description = "Method id (see `calign methods`).", Required = true };
        var parameters = new Option<string[]>("--param", "-p") { Description = "Method parameter as name=value (repeatable).", AllowMultipleArgumentsPerToken = false };
        var tieBreak = new Option<string?>("--tie-break")
        {
            Description = "Optional tie-breaking step after aggregation: 'order' (first in file order) or 'seed:N' (priority drawn from a published seed N). The winner set is still reported in full.",
        };
        var command = new Command("aggregate", "Run one aggregation method on a ballot file and print winners, ranking and explanation.");
        command.Options.Add(method);
        command.Options.Add(parameters);
        command.Options.Add(tieBreak);
        options.AddTo(command);
        command.SetAction(parse => AggregationOptions.Guard(parse, () =>
        {
            var registry = AggregationOptions.Registry(parse.GetValue(options.Plugins));
            var m = registry.Get(parse.GetValue(method)!);
            var (profile, votes) = options.ReadInput(parse, m.Metadata.BallotKind);
            var p = MethodParameters.Parse(parse.GetValue(parameters) ?? []);
            var result = m.Aggregate(profile, p);
            var broken = parse.GetValue(tieBreak) switch
            {
                null => null,
                _ when result.Winners.Count == 0 => null,
                "order" => TieBreaker.ByCandidateOrder(result, profile.Candidates.Count),
                var s when s.StartsWith("seed:", StringComparison.Ordinal) && ulong.TryParse(s.AsSpan(5), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seed)
                    => TieBreaker.BySeed(result, profile.Candidates.Count, seed),
                var s => throw new ArgumentException($"--tie-break must be 'order' or 'seed:N', not '{s}'."),
            };
            if (parse.GetValue(options.Json))
            {
                var json = CanonicalJson.SerializeToString(result, profile.Candidates, m.Id, m.Version, p, broken);
                parse.InvocationConfiguration.Output.WriteLine(votes is not null && result.Explanation is OpinionGroupsExplanation groups ? OpinionGroupsOutput.AugmentJson(json, votes, groups) : json);
            }
            else
            {
                var console = AggregationOptions.Console(parse);
                ResultRenderer.Render(console, m, profile, result);
                if (result.Explanation is OpinionGroupsExplanation groups)
                {
                    OpinionGroupsOutput.Render(console, votes, profile, groups);
                }
                if (broken is not null)
                {
                    console.MarkupLine($"Tie-break ({Markup.Escape(broken.Rule)}): [green]{Markup.Escape(profile.Candidates[broken.Winner])}[/]");
                }
            }

            return 0;
        }));
        return command;
    }
}
