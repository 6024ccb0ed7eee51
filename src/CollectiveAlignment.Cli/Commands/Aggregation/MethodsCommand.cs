using System.CommandLine;
using System.Text.Json;
using CollectiveAlignment.Aggregation.Methods;
using Spectre.Console;

namespace CollectiveAlignment.Cli.Commands.Aggregation;

/// <summary><c>calign methods [--json]</c>: the catalog (built-in plus plug-ins) with ballot kind and claimed properties.</summary>
public static class MethodsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var options = new AggregationOptions();
        var command = new Command("methods", "List the aggregation methods with their ballot kind and claimed properties.");
        options.AddTo(command, withFile: false);
        command.SetAction(parse => AggregationOptions.Guard(parse, () =>
        {
            var registry = AggregationOptions.Registry(parse.GetValue(options.Plugins));
            if (parse.GetValue(options.Json))
            {
                var list = registry.Methods.Select(m => new
                {
                    id = m.Id,
                    version = m.Version,
                    name = m.Metadata.DisplayName,
                    family = m.Metadata.Family,
                    ballotKind = m.Metadata.BallotKind.ToString(),
                    satisfies = Claimed(m.Metadata, Claim.Satisfies),
                    violates = Claimed(m.Metadata, Claim.Violates),
                    parameters = m.Metadata.Parameters.Select(p => new { name = p.Name, @default = p.Default, description = p.Description }),
                    tieRule = m.Metadata.TieRule,
                    citation = m.Metadata.Citation,
                });
                parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(list));
                return 0;
            }

            var table = new Table().AddColumn(new TableColumn("Id").NoWrap()).AddColumn("Name").AddColumn("Ballots").AddColumn("Satisfies").AddColumn("Violates");
            foreach (var m in registry.Methods)
            {
                table.AddRow(Markup.Escape(m.Key), Markup.Escape(m.Metadata.DisplayName), m.Metadata.BallotKind.ToString(),
                    Markup.Escape(string.Join(", ", Claimed(m.Metadata, Claim.Satisfies))), Markup.Escape(string.Join(", ", Claimed(m.Metadata, Claim.Violates))));
            }

            AggregationOptions.Console(parse).Write(table);
            return 0;
        }));
        return command;
    }

    private static string[] Claimed(MethodMetadata metadata, Claim claim) =>
        [.. metadata.Claims.Where(kv => kv.Value == claim).Select(kv => kv.Key.ToString()).Order(StringComparer.Ordinal)];
}
