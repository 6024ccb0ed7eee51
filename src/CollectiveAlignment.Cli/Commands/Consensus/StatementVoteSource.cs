using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Files;
using CollectiveAlignment.Aggregation.IO;
using CollectiveAlignment.Aggregation.Profiles;
using CollectiveAlignment.Methods.Consensus.Polis;
using CollectiveAlignment.Methods.Consensus.StatementVotes;
using EngineVote = CollectiveAlignment.Methods.Consensus.StatementVotes.StatementVote;

namespace CollectiveAlignment.Cli.Commands.Consensus;

/// <summary>
/// Statement votes read from a Polis export folder or our statement-vote CSV, as an SDK profile plus what the profile
/// compresses away: which participant cast which ballot (so results can name participants) and, for Polis, the statement texts.
/// </summary>
internal sealed class StatementVoteSource
{
    private StatementVoteSource(StatementVoteMatrix matrix, PolisExport? polis)
    {
        Matrix = matrix;
        Polis = polis;

        // Statements are ordered by id (numerically when every id is a number, as Polis comment ids are), not by file order,
        // so a Polis folder and the CSV written from it give the same profile and hence byte-identical results.
        var numeric = matrix.StatementIds.All(id => long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _));
        var order = Enumerable.Range(0, matrix.StatementCount)
            .OrderBy(s => numeric ? long.Parse(matrix.StatementIds[s], System.Globalization.CultureInfo.InvariantCulture) : 0)
            .ThenBy(s => matrix.StatementIds[s], StringComparer.Ordinal)
            .ToArray();
        var column = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            column[order[i]] = i;
        }

        var ballots = new StatementVoteBallot[matrix.ParticipantCount];
        for (var p = 0; p < matrix.ParticipantCount; p++)
        {
            var votes = new CollectiveAlignment.Aggregation.Ballots.StatementVote?[matrix.StatementCount];
            var statements = matrix.StatementsOf(p);
            var values = matrix.VotesOf(p);
            for (var i = 0; i < statements.Length; i++)
            {
                votes[column[statements[i]]] = values[i] switch
                {
                    EngineVote.Agree => CollectiveAlignment.Aggregation.Ballots.StatementVote.Agree,
                    EngineVote.Disagree => CollectiveAlignment.Aggregation.Ballots.StatementVote.Disagree,
                    _ => CollectiveAlignment.Aggregation.Ballots.StatementVote.Pass,
                };
            }

            ballots[p] = new StatementVoteBallot(votes);
        }

        Profile = new StatementVoteProfile(new CandidateSet(order.Select(s => matrix.StatementIds[s])), ballots);
        var index = new Dictionary<StatementVoteBallot, int>();
        for (var b = 0; b < Profile.Ballots.Count; b++)
        {
            index[Profile.Ballots[b].Ballot] = b;
        }

        BallotOfParticipant = [.. ballots.Select(b => index[b])];
    }

    /// <summary>The engine matrix, participants and statements by id.</summary>
    public StatementVoteMatrix Matrix { get; }

    /// <summary>The Polis export, when read from a folder.</summary>
    public PolisExport? Polis { get; }

    /// <summary>The compressed SDK profile; the statements are the candidates, named by statement id and ordered by id.</summary>
    public StatementVoteProfile Profile { get; }

    /// <summary>For each participant (by matrix index), the index of its ballot in <see cref="Profile"/>.</summary>
    public IReadOnlyList<int> BallotOfParticipant { get; }

    /// <summary>Whether <paramref name="path"/> is a Polis export folder.</summary>
    public static bool IsPolisFolder(string path) =>
        Directory.Exists(path) && File.Exists(Path.Combine(path, PolisExportImporter.CommentsFile)) && File.Exists(Path.Combine(path, PolisExportImporter.VotesFile));

    /// <summary>Reads a Polis export folder or a statement-vote CSV file.</summary>
    /// <exception cref="BallotFormatException">The input is malformed (the message names file and line).</exception>
    /// <exception cref="FileNotFoundException">Nothing readable is at <paramref name="path"/>.</exception>
    public static StatementVoteSource Read(string path)
    {
        try
        {
            if (IsPolisFolder(path))
            {
                var export = PolisExportImporter.Import(DataFolder.Opener(path));
                return new StatementVoteSource(export.Votes, export);
            }

            if (Directory.Exists(path))
            {
                throw new FileNotFoundException($"{path}: a Polis export folder needs {PolisExportImporter.CommentsFile} and {PolisExportImporter.VotesFile}.");
            }

            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{Path.GetFullPath(path)}: no such file.");
            }

            using var reader = new StreamReader(path);
            return new StatementVoteSource(StatementVoteCsv.Read(reader, Path.GetFileName(path)), null);
        }
        catch (PolisFormatException ex)
        {
            // The CLI reports input errors uniformly as ballot-format errors (exit code 2).
            throw new BallotFormatException(ex.FileName, ex.Line, ex.Message, ex);
        }
    }

    /// <summary>Writes our statement-vote CSV (participant, statement, vote), participants and statements in matrix order.</summary>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("participant,statement,vote\n");
        for (var p = 0; p < Matrix.ParticipantCount; p++)
        {
            var statements = Matrix.StatementsOf(p);
            var values = Matrix.VotesOf(p);
            for (var i = 0; i < statements.Length; i++)
            {
                var vote = values[i] switch
                {
                    EngineVote.Agree => "agree",
                    EngineVote.Disagree => "disagree",
                    _ => "pass",
                };
                writer.Write($"{Csv(Matrix.ParticipantIds[p])},{Csv(Matrix.StatementIds[statements[i]])},{vote}\n");
            }
        }
    }

    private static string Csv(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
