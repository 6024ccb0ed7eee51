using System.CommandLine;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Results;

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
        var command = new Command("aggregate", "Run one aggregation method on a ballot file and print winners, ranking and explanation.");
        command.Options.Add(method);
        command.Options.Add(parameters);
        options.AddTo(command);
        command.SetAction(parse => AggregationOptions.Guard(parse, () =>
        {
            var registry = AggregationOptions.Registry(parse.GetValue(options.Plugins));
            var m = registry.Get(parse.GetValue(method)!);
            var profile = options.ReadProfile(parse);
            var p = MethodParameters.Parse(parse.GetValue(parameters) ?? []);
            var result = m.Aggregate(profile, p);
            if (parse.GetValue(options.Json))
            {
                parse.InvocationConfiguration.Output.WriteLine(CanonicalJson.SerializeToString(result, profile.Candidates, m.Id, m.Version, p));
            }
            else
            {
                ResultRenderer.Render(AggregationOptions.Console(parse), m, profile, result);
            }

            return 0;
        }));
        return command;
    }
}
