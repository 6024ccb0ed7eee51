using System.Globalization;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Aggregation.IO;

/// <summary>Writes the CSV ballot format read by <see cref="CsvBallotReader"/>: one row per voter, with a weight column.</summary>
public static class CsvBallotWriter
{
    /// <summary>Writes ranked ballots (rank numbers, blank = unranked).</summary>
    /// <exception cref="ArgumentException">A weighted entry's weight cannot be split evenly over whole voters (count is 0).</exception>
    public static void Write(TextWriter writer, RankedProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        WriteRows(writer, profile, profile.Ballots.Select(b => (b.Count, b.Weight, Enumerable.Range(0, profile.Candidates.Count)
            .Select(c => b.Ballot.RankOf(c) is var r && r >= 0 ? (r + 1).ToString(CultureInfo.InvariantCulture) : string.Empty).ToArray())));
    }

    /// <summary>Writes approval ballots (1 or 0).</summary>
    public static void Write(TextWriter writer, ApprovalProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        WriteRows(writer, profile, profile.Ballots.Select(b => (b.Count, b.Weight, Enumerable.Range(0, profile.Candidates.Count)
            .Select(c => b.Ballot.Approves(c) ? "1" : "0").ToArray())));
    }

    /// <summary>Writes score ballots (blank = no score).</summary>
    public static void Write(TextWriter writer, ScoreProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        WriteRows(writer, profile, profile.Ballots.Select(b => (b.Count, b.Weight, b.Ballot.Scores
            .Select(s => s?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).ToArray())));
    }

    private static void WriteRows(TextWriter writer, Profile profile, IEnumerable<(long Count, double Weight, string[] Cells)> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("weight," + string.Join(",", profile.Candidates.Select(Quote)));
        foreach (var (count, weight, cells) in rows)
        {
            if (count == 0)
            {
                throw new ArgumentException("An entry has weight but no voters; CSV writes one row per voter.", nameof(rows));
            }

            var each = (weight / count).ToString("R", CultureInfo.InvariantCulture);
            var line = each + "," + string.Join(",", cells);
            for (var i = 0; i < count; i++)
            {
                writer.WriteLine(line);
            }
        }
    }

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 || s != s.Trim() ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
