using System.Globalization;
using CollectiveAlignment.Methods.Consensus.OpinionGroups;
using CollectiveAlignment.Methods.Consensus.StatementVotes;

namespace CollectiveAlignment.Methods.Consensus.Polis;

/// <summary>
/// Reads a Polis conversation export (the <c>compdemocracy/openData</c> layout): <c>comments.csv</c>, <c>votes.csv</c> and,
/// optionally, <c>participants-votes.csv</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>votes.csv</c> rows are in time order; a later row for the same voter and comment replaces the earlier one.
/// <c>vote</c> is 1 agree, −1 disagree, 0 pass (the export's sign, which <see cref="StatementVote"/> keeps).</item>
/// <item>Comments with <c>moderated = −1</c> are dropped with their votes (Polis removes them from repness and consensus).</item>
/// <item>From <c>participants-votes.csv</c> only <c>participant</c> and <c>group-id</c> are read (Polis's own assignment, for
/// comparison); the vote columns there are a derived copy of <c>votes.csv</c>.</item>
/// <item>Every format problem throws <see cref="PolisFormatException"/> naming the file and line.</item>
/// </list>
/// </remarks>
public static class PolisExportImporter
{
    /// <summary>The comments file name.</summary>
    public const string CommentsFile = "comments.csv";

    /// <summary>The votes file name.</summary>
    public const string VotesFile = "votes.csv";

    /// <summary>The per-participant summary file name (optional).</summary>
    public const string ParticipantsVotesFile = "participants-votes.csv";

    /// <summary>Imports an export through <paramref name="openFile"/>, which opens one of its files by name.</summary>
    /// <param name="openFile">Returns a reader over the named file, or <see langword="null"/> when the export has no such file
    /// (<c>CollectiveAlignment.Aggregation.Files.DataFolder.Opener</c> does this for a folder).</param>
    /// <returns>The export.</returns>
    /// <exception cref="FileNotFoundException"><see cref="CommentsFile"/> or <see cref="VotesFile"/> is missing.</exception>
    public static PolisExport Import(Func<string, TextReader?> openFile)
    {
        ArgumentNullException.ThrowIfNull(openFile);
        using var comments = Required(openFile, CommentsFile);
        using var votes = Required(openFile, VotesFile);
        using var participants = openFile(ParticipantsVotesFile);
        return Import(comments, votes, participants);
    }

    private static TextReader Required(Func<string, TextReader?> openFile, string name) =>
        openFile(name) ?? throw new FileNotFoundException($"The Polis export has no {name}.", name);

    /// <summary>Imports from readers.</summary>
    /// <param name="comments">Contents of <c>comments.csv</c>.</param>
    /// <param name="votes">Contents of <c>votes.csv</c>.</param>
    /// <param name="participantsVotes">Contents of <c>participants-votes.csv</c>, or <see langword="null"/>.</param>
    /// <returns>The export.</returns>
    public static PolisExport Import(TextReader comments, TextReader votes, TextReader? participantsVotes = null)
    {
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentNullException.ThrowIfNull(votes);
        var commentList = ReadComments(comments);
        var kept = commentList.Where(c => c.Moderated != -1).ToList();
        var dropped = new HashSet<string>(commentList.Where(c => c.Moderated == -1).Select(c => c.Id), StringComparer.Ordinal);

        var builder = new StatementVoteMatrixBuilder();
        foreach (var c in kept)
        {
            builder.AddStatement(c.Id);
        }

        var known = new HashSet<string>(kept.Select(c => c.Id), StringComparer.Ordinal);
        var rows = CsvRecords.Read(votes, VotesFile).GetEnumerator();
        using (rows)
        {
            var header = RequireHeader(rows, VotesFile, "comment-id", "voter-id", "vote");
            while (rows.MoveNext())
            {
                var (line, f) = rows.Current;
                CheckWidth(f, header.Width, VotesFile, line);
                var commentId = f[header["comment-id"]].Trim();
                var voterId = f[header["voter-id"]].Trim();
                var vote = ParseInt(f[header["vote"]], VotesFile, line, "vote");
                if (vote is < -1 or > 1)
                {
                    throw new PolisFormatException(VotesFile, line, $"vote {vote} is not 1 (agree), -1 (disagree) or 0 (pass)");
                }

                if (voterId.Length == 0)
                {
                    throw new PolisFormatException(VotesFile, line, "voter-id is empty");
                }

                if (dropped.Contains(commentId))
                {
                    continue;
                }

                if (!known.Contains(commentId))
                {
                    throw new PolisFormatException(VotesFile, line, $"comment-id '{commentId}' is not in {CommentsFile}");
                }

                builder.Add(voterId, commentId, (StatementVote)vote);
            }
        }

        var groups = participantsVotes is null ? new Dictionary<string, int>() : ReadGroups(participantsVotes);
        return new PolisExport
        {
            Votes = builder.Build(),
            Comments = commentList,
            ModeratedOutIds = [.. commentList.Where(c => c.Moderated == -1).Select(c => c.Id)],
            PolisGroups = groups,
        };
    }

    private static List<PolisComment> ReadComments(TextReader reader)
    {
        var list = new List<PolisComment>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rows = CsvRecords.Read(reader, CommentsFile).GetEnumerator();
        using (rows)
        {
            var header = RequireHeader(rows, CommentsFile, "comment-id", "moderated");
            var author = header.IndexOf("author-id");
            var body = header.IndexOf("comment-body");
            while (rows.MoveNext())
            {
                var (line, f) = rows.Current;
                CheckWidth(f, header.Width, CommentsFile, line);
                var id = f[header["comment-id"]].Trim();
                if (id.Length == 0)
                {
                    throw new PolisFormatException(CommentsFile, line, "comment-id is empty");
                }

                if (!ids.Add(id))
                {
                    throw new PolisFormatException(CommentsFile, line, $"comment-id '{id}' appears twice");
                }

                var moderated = ParseInt(f[header["moderated"]], CommentsFile, line, "moderated");
                if (moderated is < -1 or > 1)
                {
                    throw new PolisFormatException(CommentsFile, line, $"moderated {moderated} is not 1, 0 or -1");
                }

                list.Add(new PolisComment(id, author >= 0 ? f[author].Trim() : string.Empty, moderated, body >= 0 ? f[body] : string.Empty));
            }
        }

        list.Sort((a, b) => ParticipantOrder.Instance.Compare(a.Id, b.Id));
        return list;
    }

    private static Dictionary<string, int> ReadGroups(TextReader reader)
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = CsvRecords.Read(reader, ParticipantsVotesFile).GetEnumerator();
        using (rows)
        {
            var header = RequireHeader(rows, ParticipantsVotesFile, "participant", "group-id");
            while (rows.MoveNext())
            {
                var (line, f) = rows.Current;
                CheckWidth(f, header.Width, ParticipantsVotesFile, line);
                var group = f[header["group-id"]].Trim();
                if (group.Length == 0)
                {
                    continue;
                }

                groups[f[header["participant"]].Trim()] = ParseInt(group, ParticipantsVotesFile, line, "group-id");
            }
        }

        return groups;
    }

    private static Header RequireHeader(IEnumerator<(int Line, string[] Fields)> rows, string file, params string[] required)
    {
        if (!rows.MoveNext())
        {
            throw new PolisFormatException(file, 1, "the file is empty (expected a header row)");
        }

        var (line, fields) = rows.Current;
        var header = new Header(fields);
        foreach (var name in required)
        {
            if (header.IndexOf(name) < 0)
            {
                throw new PolisFormatException(file, line, $"header lacks the column '{name}'");
            }
        }

        return header;
    }

    private static void CheckWidth(string[] fields, int width, string file, int line)
    {
        if (fields.Length != width)
        {
            throw new PolisFormatException(file, line, $"expected {width} fields, found {fields.Length}");
        }
    }

    private static int ParseInt(string text, string file, int line, string column) =>
        int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new PolisFormatException(file, line, $"{column} '{text}' is not an integer");

    /// <summary>Column positions of a header row (a nested helper, kept private to the importer).</summary>
    private sealed class Header(string[] names)
    {
        public int Width => names.Length;

        public int this[string name] => IndexOf(name);

        public int IndexOf(string name) => Array.FindIndex(names, n => string.Equals(n.Trim(), name, StringComparison.Ordinal));
    }
}
