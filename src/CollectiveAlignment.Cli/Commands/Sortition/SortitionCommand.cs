using System.CommandLine;

namespace CollectiveAlignment.Cli.Commands.Sortition;

/// <summary><c>calign sortition</c>: panel selection on plain CSV files, the same library the portal uses.</summary>
internal static class SortitionCommand
{
    /// <summary>Builds the command family.</summary>
    public static Command Create()
    {
        var command = new Command("sortition", "Select citizens' panels by stratified lottery (LEXIMIN, legacy greedy, stratified random).");
        command.Subcommands.Add(SelectCommand.Create());
        return command;
    }
}
