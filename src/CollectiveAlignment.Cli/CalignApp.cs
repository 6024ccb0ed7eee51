using System.CommandLine;
using CollectiveAlignment.Cli.Commands.Aggregation;
using CollectiveAlignment.Cli.Commands.Consensus;

namespace CollectiveAlignment.Cli;

/// <summary>The <c>calign</c> command tree. Each command family lives in its own folder under <c>Commands/</c> and adds itself here.</summary>
public static class CalignApp
{
    /// <summary>Builds the root command with every sub-command attached.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand("calign: aggregate ballots, compare methods, select panels and pull policy specs for CollectiveAlignment.");
        root.Subcommands.Add(AggregateCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(MethodsCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(Commands.Sortition.SortitionCommand.Create());
        return root;
    }
}
