using System.Globalization;
using System.Text;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Aggregation.IO;

/// <summary>
/// Reads our CSV ballot format: one ballot per row. The header row names the candidates, optionally preceded by a
/// <c>weight</c> column; lines starting with <c>#</c> and blank lines are ignored; fields may be double-quoted (RFC 4180).
/// Cells are: ranked — the rank (1 = best; equal ranks are ties; gaps are allowed; blank = unranked); approval — 1 or 0
/// (blank = 0); score — an integer on the given scale (blank = no score). See aggregation-methods/README.md.
/// </summary>
public static class CsvBallotReader
{
    /// <summary>Reads ranked ballots.</summary>
    /// <exception cref="BallotFormatException">The file is malformed.</exception>
    public static RankedProfile ReadRanked(TextReader reader, string fileName, TruncationMode truncation = TruncationMode.UnrankedTiedAtBottom)
    {
        var (candidates, rows) = ReadRows(reader, fileName);
        var ballots = rows.Select(r =>
        {
            var ranks = new List<(int Rank, int Candidate)>();
            for (var c = 0; c < r.Cells.Length; c++)
            {
                if (r.Cells[c].Length == 0)
                {
                    continue;
                }

                if (!int.TryParse(r.Cells[c], NumberStyles.None, CultureInfo.InvariantCulture, out var rank) || rank < 1)
                {
                    throw new BallotFormatException(fileName, r.Line, $"rank '{r.Cells[c]}' for {candidates[c]} is not a positive integer");
                }

                ranks.Add((rank, c));
            }

            var tiers = ranks.GroupBy(x => x.Rank).OrderBy(g => g.Key).Select(g => g.Select(x => x.Candidate));
            return new WeightedBallot<RankedBallot>(RankedBallot.FromTiers(candidates.Count, tiers), 1, r.Weight);
        }).ToList();
        return new RankedProfile(candidates, ballots, truncation);
    }

    /// <summary>Reads approval ballots.</summary>
    /// <exception cref="BallotFormatException">The file is malformed.</exception>
    public static ApprovalProfile ReadApproval(TextReader reader, string fileName)
    {
        var (candidates, rows) = ReadRows(reader, fileName);
        var ballots = rows.Select(r =>
        {
            var approved = new List<int>();
            for (var c = 0; c < r.Cells.Length; c++)
            {
                switch (r.Cells[c])
                {
                    case "1":
                        approved.Add(c);
                        break;
                    case "0" or "":
                        break;
                    default:
                        throw new BallotFormatException(fileName, r.Line, $"approval '{r.Cells[c]}' for {candidates[c]} is not 1, 0 or blank");
                }
            }

            return new WeightedBallot<ApprovalBallot>(new ApprovalBallot(candidates.Count, approved), 1, r.Weight);
        }).ToList();
        return new ApprovalProfile(candidates, ballots);
    }

    /// <summary>Reads score ballots on the scale <paramref name="minimum"/>..<paramref name="maximum"/>.</summary>
    /// <exception cref="BallotFormatException">The file is malformed or a score is off the scale.</exception>
    public static ScoreProfile ReadScore(TextReader reader, string fileName, int minimum, int maximum)
    {
        var (candidates, rows) = ReadRows(reader, fileName);
        var ballots = rows.Select(r =>
        {
            var scores = new int?[r.Cells.Length];
            for (var c = 0; c < r.Cells.Length; c++)
            {
                if (r.Cells[c].Length == 0)
                {
                    continue;
                }

                if (!int.TryParse(r.Cells[c], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) || s < minimum || s > maximum)
                {
                    throw new BallotFormatException(fileName, r.Line, $"score '{r.Cells[c]}' for {candidates[c]} is not an integer in {minimum}..{maximum}");
                }

                scores[c] = s;
            }

            return new WeightedBallot<ScoreBallot>(new ScoreBallot(scores), 1, r.Weight);
        }).ToList();
        return new ScoreProfile(candidates, minimum, maximum, ballots);
    }

    private sealed record Row(string[] Cells, double Weight, int Line);

    private static (CandidateSet Candidates, List<Row> Rows) ReadRows(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        CandidateSet? candidates = null;
        var weighted = false;
        var rows = new List<Row>();
        var lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.AsSpan().Trim().IsEmpty || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var fields = SplitFields(line, fileName, lineNo);
            if (candidates is null)
            {
                weighted = fields.Count > 0 && fields[0].Equals("weight", StringComparison.OrdinalIgnoreCase);
                try
                {
                    candidates = new CandidateSet(weighted ? fields.Skip(1) : fields);
                }
                catch (ArgumentException ex)
                {
                    throw new BallotFormatException(fileName, lineNo, "header: " + ex.Message.Split(" (Parameter")[0]);
                }

                continue;
            }

            var expected = candidates.Count + (weighted ? 1 : 0);
            if (fields.Count != expected)
            {
                throw new BallotFormatException(fileName, lineNo, $"expected {expected} fields as in the header, found {fields.Count}");
            }

            var weight = 1.0;
            if (weighted && (!double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || !double.IsFinite(weight) || weight < 0))
            {
                throw new BallotFormatException(fileName, lineNo, $"weight '{fields[0]}' is not a non-negative number");
            }

            rows.Add(new Row([.. fields.Skip(weighted ? 1 : 0).Select(f => f.Trim())], weight, lineNo));
        }

        return candidates is null ? throw new BallotFormatException(fileName, null, "no header row naming the candidates") : (candidates, rows);
    }

    private static List<string> SplitFields(string line, string fileName, int lineNo)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }

        if (quoted)
        {
            throw new BallotFormatException(fileName, lineNo, "a quoted field is never closed");
        }

        fields.Add(current.ToString());
        return fields;
    }
}
