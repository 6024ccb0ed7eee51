using System.CommandLine;
using System.Globalization;
using CollectiveAlignment.Cli.Commands.Aggregation;
using Spectre.Console;
using EngineVote = CollectiveAlignment.Methods.Consensus.StatementVotes.StatementVote;

namespace CollectiveAlignment.Cli.Commands.Consensus;

/// <summary>
/// <c>calign import polis DIR [--out FILE]</c>: reads a Polis export folder, prints a summary and optionally writes our
/// statement-vote CSV (moderated-out statements dropped, each participant's latest vote per statement).
/// </summary>
public static class ImportCommand
{
    /// <summary>Builds the <c>import</c> command with its <c>polis</c> sub-command.</summary>
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Polis export folder with comments.csv, votes.csv and (optionally) participants-votes.csv." };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the votes as our statement-vote CSV (participant,statement,vote) to this file." };
        var polis = new Command("polis", "Read a Polis export folder, print a summary and optionally convert it to a statement-vote CSV.");
        polis.Arguments.Add(folder);
        polis.Options.Add(output);
        polis.SetAction(parse => AggregationOptions.Guard(parse, () =>
        {
            var dir = parse.GetValue(folder)!;
            if (!StatementVoteSource.IsPolisFolder(dir.FullName))
            {
                throw new FileNotFoundException($"{dir.FullName}: not a Polis export folder (needs comments.csv and votes.csv).");
            }

            var source = StatementVoteSource.Read(dir.FullName);
            var export = source.Polis!;
            var m = source.Matrix;
            long agree = 0, disagree = 0, pass = 0;
            for (var p = 0; p < m.ParticipantCount; p++)
            {
                foreach (var v in m.VotesOf(p))
                {
                    _ = v switch
                    {
                        EngineVote.Agree => agree++,
                        EngineVote.Disagree => disagree++,
                        _ => pass++,
                    };
                }
            }

            var table = new Table().AddColumn("Item").AddColumn(new TableColumn("Count").RightAligned());
            void Row(string name, long value) => table.AddRow(name, value.ToString(CultureInfo.InvariantCulture));
            Row("Participants", m.ParticipantCount);
            Row("Statements (kept)", m.StatementCount);
            Row("Statements moderated out", export.ModeratedOutIds.Count);
            Row("Votes", m.VoteCount);
            Row("Agree", agree);
            Row("Disagree", disagree);
            Row("Pass", pass);
            Row("Distinct ballots", source.Profile.DistinctBallotCount);
            Row("Polis groups in export", export.PolisGroups.Values.Distinct().Count());
            var console = AggregationOptions.Console(parse);
            console.MarkupLine($"Polis export [bold]{Markup.Escape(dir.Name)}[/]");
            console.Write(table);
            if (parse.GetValue(output) is { } file)
            {
                using (var writer = new StreamWriter(file.FullName, false, new System.Text.UTF8Encoding(false)))
                {
                    source.WriteCsv(writer);
                }

                console.MarkupLine($"Wrote {m.VoteCount.ToString(CultureInfo.InvariantCulture)} votes to {Markup.Escape(file.FullName)}");
            }

            return 0;
        }));
        var import = new Command("import", "Import ballots from other tools' export formats.");
        import.Subcommands.Add(polis);
        return import;
    }
}
