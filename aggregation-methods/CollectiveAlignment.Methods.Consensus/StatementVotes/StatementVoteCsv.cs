using CollectiveAlignment.Methods.Consensus.Polis;

namespace CollectiveAlignment.Methods.Consensus.StatementVotes;

/// <summary>
/// Reads our own statement-vote CSV: a header with <c>participant</c>, <c>statement</c> and <c>vote</c> columns (others are
/// ignored), rows in time order (a later row replaces an earlier one), votes written as <c>agree</c>/<c>disagree</c>/<c>pass</c>
/// or <c>1</c>/<c>-1</c>/<c>0</c>. Errors throw <see cref="PolisFormatException"/> (a <see cref="FormatException"/>) naming
/// the file and line.
/// </summary>
public static class StatementVoteCsv
{
    /// <summary>Reads the votes.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="fileName">The name used in error messages.</param>
    /// <returns>The matrix.</returns>
    public static StatementVoteMatrix Read(TextReader reader, string fileName = "votes.csv")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var builder = new StatementVoteMatrixBuilder();
        using var rows = CsvRecords.Read(reader, fileName).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new PolisFormatException(fileName, 1, "the file is empty (expected a header row)");
        }

        var header = rows.Current.Fields.Select(f => f.Trim()).ToArray();
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0
            ? i
            : throw new PolisFormatException(fileName, 1, $"header lacks the column '{name}'");
        var participant = Column("participant");
        var statement = Column("statement");
        var vote = Column("vote");
        while (rows.MoveNext())
        {
            var (line, f) = rows.Current;
            if (f.Length != header.Length)
            {
                throw new PolisFormatException(fileName, line, $"expected {header.Length} fields, found {f.Length}");
            }

            var value = f[vote].Trim().ToUpperInvariant() switch
            {
                "AGREE" or "1" or "+1" => StatementVote.Agree,
                "DISAGREE" or "-1" => StatementVote.Disagree,
                "PASS" or "0" => StatementVote.Pass,
                _ => throw new PolisFormatException(fileName, line, $"vote '{f[vote]}' is not agree/disagree/pass or 1/-1/0"),
            };
            var p = f[participant].Trim();
            var s = f[statement].Trim();
            if (p.Length == 0 || s.Length == 0)
            {
                throw new PolisFormatException(fileName, line, "participant and statement must not be empty");
            }

            builder.Add(p, s, value);
        }

        return builder.Build();
    }
}
