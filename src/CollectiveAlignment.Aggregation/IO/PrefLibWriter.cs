using System.Globalization;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Aggregation.IO;

/// <summary>
/// Writes PrefLib files (current format). The data type is the narrowest that fits: soc, soi, toc or toi; approval profiles
/// become cat files with the categories "Approved" and "Not approved". Lines are ordered by count (descending), then canonically.
/// </summary>
public static class PrefLibWriter
{
    /// <summary>The narrowest PrefLib ordinal type for <paramref name="profile"/>.</summary>
    public static string DataTypeOf(RankedProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var strict = profile.Ballots.All(b => b.Ballot.IsStrict);
        var complete = profile.Ballots.All(b => b.Ballot.IsComplete);
        return (strict, complete) switch
        {
            (true, true) => "soc",
            (true, false) => "soi",
            (false, true) => "toc",
            (false, false) => "toi",
        };
    }

    /// <summary>Writes a ranked profile.</summary>
    /// <exception cref="ArgumentException">A ballot's weight differs from its count: PrefLib cannot carry weights.</exception>
    public static void Write(TextWriter writer, RankedProfile profile, string title = "")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(profile);
        RequireUnweighted(profile.Ballots.Select(b => (b.Count, b.Weight)));
        WriteHeader(writer, profile, DataTypeOf(profile), title);
        foreach (var b in profile.Ballots.OrderByDescending(b => b.Count))
        {
            writer.Write(b.Count.ToString(CultureInfo.InvariantCulture));
            writer.Write(": ");
            writer.WriteLine(b.Ballot.ToString());
        }
    }

    /// <summary>Writes an approval profile as a two-category cat file.</summary>
    /// <exception cref="ArgumentException">A ballot's weight differs from its count.</exception>
    public static void Write(TextWriter writer, ApprovalProfile profile, string title = "")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(profile);
        RequireUnweighted(profile.Ballots.Select(b => (b.Count, b.Weight)));
        WriteHeader(writer, profile, "cat", title);
        foreach (var b in profile.Ballots.OrderByDescending(b => b.Count))
        {
            var approved = b.Ballot.Approved;
            var rest = Enumerable.Range(0, profile.Candidates.Count).Where(c => !b.Ballot.Approves(c));
            writer.Write(b.Count.ToString(CultureInfo.InvariantCulture));
            writer.Write(": {");
            writer.Write(string.Join(",", approved.Select(c => (c + 1).ToString(CultureInfo.InvariantCulture))));
            writer.Write("},{");
            writer.Write(string.Join(",", rest.Select(c => (c + 1).ToString(CultureInfo.InvariantCulture))));
            writer.WriteLine("}");
        }
    }

    private static void RequireUnweighted(IEnumerable<(long Count, double Weight)> entries)
    {
        if (entries.Any(e => e.Weight != e.Count))
        {
            throw new ArgumentException("PrefLib files carry counts, not weights: this profile has weighted ballots (use CSV or JSON).");
        }
    }

    private static void WriteHeader(TextWriter writer, Profile profile, string dataType, string title)
    {
        writer.WriteLine($"# TITLE: {title}");
        writer.WriteLine($"# DATA TYPE: {dataType}");
        writer.WriteLine(FormattableString.Invariant($"# NUMBER ALTERNATIVES: {profile.Candidates.Count}"));
        writer.WriteLine(FormattableString.Invariant($"# NUMBER VOTERS: {profile.VoterCount}"));
        writer.WriteLine(FormattableString.Invariant($"# NUMBER UNIQUE ORDERS: {profile.DistinctBallotCount}"));
        if (dataType == "cat")
        {
            writer.WriteLine("# NUMBER CATEGORIES: 2");
            writer.WriteLine("# CATEGORY NAME 1: Approved");
            writer.WriteLine("# CATEGORY NAME 2: Not approved");
        }

        for (var i = 0; i < profile.Candidates.Count; i++)
        {
            writer.WriteLine(FormattableString.Invariant($"# ALTERNATIVE NAME {i + 1}: {profile.Candidates[i]}"));
        }
    }
}
