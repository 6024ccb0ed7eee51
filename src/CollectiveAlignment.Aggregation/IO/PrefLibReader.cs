using System.Globalization;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Aggregation.IO;

/// <summary>
/// Reads PrefLib files in the current (2022) format: <c># KEY: value</c> headers including <c># ALTERNATIVE NAME i:</c>, then
/// <c>count: ranking</c> lines where <c>{a,b}</c> is a tie. Ordinal types <c>soc</c>, <c>soi</c>, <c>toc</c>, <c>toi</c> give a
/// <see cref="RankedProfile"/>; categorical <c>cat</c> gives an <see cref="ApprovalProfile"/> (the first category is "approved").
/// </summary>
/// <remarks>
/// Checked, with file and line in every error: the data type (header or extension) and what it allows (strict, complete),
/// every alternative named, indices in range and not repeated, counts positive, and the header's NUMBER VOTERS and
/// NUMBER UNIQUE ORDERS against the data. Identical ballots are merged as they are read, so memory grows with distinct ballots.
/// Ranked files of <see cref="ParallelThreshold"/> bytes or more are parsed in parallel parts split at line boundaries; the
/// profile and every error (file and line) are the same as the serial reader's.
/// </remarks>
public static class PrefLibReader
{
    /// <summary>Files at least this large are parsed in parallel parts (smaller ones gain nothing from the split).</summary>
    internal const long ParallelThreshold = 4 << 20;

    /// <summary>
    /// Reads a ranked file (soc, soi, toc, toi) from <paramref name="source"/>, in parallel parts when it is large; the profile
    /// and every error are the same as <see cref="ReadRanked(TextReader, string, TruncationMode)"/> gives.
    /// </summary>
    /// <param name="source">Opens the file's bytes (random access lets the parts read their own ranges).</param>
    /// <param name="fileName">Names the file in errors and supplies the type when the header has none.</param>
    /// <param name="truncation">How unranked candidates are read.</param>
    /// <exception cref="BallotFormatException">The file is malformed.</exception>
    public static RankedProfile ReadRanked(ISeekableSource source, string fileName, TruncationMode truncation = TruncationMode.UnrankedTiedAtBottom) =>
        ReadRanked(source, fileName, truncation, Math.Clamp(Environment.ProcessorCount, 2, 8), ParallelThreshold);

    /// <summary>
    /// Reads a ranked file, in <paramref name="parts"/> parallel parts when it is at least <paramref name="threshold"/> bytes
    /// long. The profile and every error message are the same whichever way it is read.
    /// </summary>
    internal static RankedProfile ReadRanked(ISeekableSource source, string fileName, TruncationMode truncation, int parts, long threshold)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(fileName);
        if (parts > 1 && Length(source) >= threshold && PrefLibParallelReader.TryRead(source, fileName, truncation, parts) is { } profile)
        {
            return profile;
        }

        using var reader = new StreamReader(source.OpenRead());
        return ReadRanked(reader, fileName, truncation);
    }

    private static long Length(ISeekableSource source)
    {
        using var stream = source.OpenRead();
        return stream.Length;
    }

    /// <summary>Reads a ranked file; <paramref name="fileName"/> names it in errors and supplies the type when the header has none.</summary>
    /// <exception cref="BallotFormatException">The file is malformed.</exception>
    public static RankedProfile ReadRanked(TextReader reader, string fileName, TruncationMode truncation = TruncationMode.UnrankedTiedAtBottom)
    {
        var parsed = Parse(reader, fileName, categorical: false);
        return BuildRanked(parsed.Summary, [parsed.Ranked!], [0], fileName, truncation);
    }

    /// <summary>
    /// Merges the distinct rows of the file's parts (in file order; part p's lines are offset by <paramref name="lineOffsets"/>[p]),
    /// checks them against the data type, and builds the profile's store from them directly.
    /// </summary>
    internal static RankedProfile BuildRanked(PrefLibSummary summary, IReadOnlyList<RankRowTable> parts, IReadOnlyList<int> lineOffsets, string fileName, TruncationMode truncation)
    {
        var rows = CanonicalRows.Merge(parts, lineOffsets);
        var n = summary.Candidates.Count;
        var weights = new double[rows.Counts.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = rows.Counts[i];
        }

        var store = RankedBallotStore.FromRanks(n, rows.Ranks, rows.Counts, weights);
        // The store's shape settles the data type's demands at once; only an invalid file is scanned for its first bad line.
        var valid = summary.DataType switch
        {
            "soc" => store.AllStrict && store.Order.Length == store.Count * n,
            "soi" => store.AllStrict,
            "toc" => store.Order.Length == store.Count * n,
            _ => true,
        };
        if (!valid)
        {
            // The serial reader reported the first offending ballot in order of first appearance: the smallest first line.
            int? line = null;
            for (var i = 0; i < rows.Counts.Length; i++)
            {
                var (ranked, tiers) = Shape(rows.Ranks.AsSpan(i * n, n));
                var bad = summary.DataType switch
                {
                    "soc" => tiers != ranked || ranked != n,
                    "soi" => tiers != ranked,
                    _ => ranked != n,
                };
                if (bad && (line is null || rows.Lines[i] < line))
                {
                    line = rows.Lines[i];
                }
            }

            throw new BallotFormatException(fileName, line, summary.DataType switch
            {
                "soc" => "a soc file needs a strict order of every alternative",
                "soi" => "a soi file needs strict orders (no ties)",
                _ => "a toc file needs every alternative ranked",
            });
        }

        return new RankedProfile(summary.Candidates, store, truncation);
    }

    /// <summary>Reads a categorical file as approval ballots: the first category holds the approved alternatives.</summary>
    /// <exception cref="BallotFormatException">The file is malformed.</exception>
    public static ApprovalProfile ReadCategorical(TextReader reader, string fileName)
    {
        var parsed = Parse(reader, fileName, categorical: true);
        var ballots = new List<WeightedBallot<ApprovalBallot>>(parsed.Groups.Count);
        foreach (var (groups, count, line) in parsed.Groups)
        {
            if (parsed.Summary.CategoryCount is { } k && groups.Count != k)
            {
                throw new BallotFormatException(fileName, line, $"expected {k} categories, found {groups.Count}");
            }

            var seen = new HashSet<int>();
            foreach (var c in groups.SelectMany(g => g))
            {
                if (!seen.Add(c))
                {
                    throw new BallotFormatException(fileName, line, $"alternative {c + 1} appears twice");
                }
            }

            ballots.Add(new WeightedBallot<ApprovalBallot>(new ApprovalBallot(parsed.Summary.Candidates.Count, groups.Count > 0 ? groups[0] : []), count, count));
        }

        return new ApprovalProfile(parsed.Summary.Candidates, ballots);
    }

    /// <summary>Splits a trimmed data line into its positive count and its trimmed ranking text.</summary>
    internal static ReadOnlySpan<char> SplitDataLine(string fileName, int line, ReadOnlySpan<char> span, out long count)
    {
        var sep = span.IndexOf(':');
        if (sep < 0)
        {
            throw new BallotFormatException(fileName, line, "a data line must read 'count: ranking'");
        }

        if (!long.TryParse(span[..sep].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count) || count <= 0)
        {
            throw new BallotFormatException(fileName, line, $"'{span[..sep].Trim()}' is not a positive count");
        }

        return span[(sep + 1)..].Trim();
    }

    /// <summary>Parses a trimmed ranked data line into <paramref name="ranks"/> and adds it to <paramref name="table"/>.</summary>
    internal static void AddRankedLine(string fileName, int line, ReadOnlySpan<char> span, int[] ranks, RankRowTable table)
    {
        var body = SplitDataLine(fileName, line, span, out var count);
        ParseRanks(fileName, line, body, ranks);
        table.Add(ranks, count, line);
    }

    private static (int Ranked, int Tiers) Shape(ReadOnlySpan<int> ranks)
    {
        var ranked = 0;
        var tiers = 0;
        foreach (var r in ranks)
        {
            if (r != RankedBallot.Unranked)
            {
                ranked++;
                tiers = Math.Max(tiers, r + 1);
            }
        }

        return (ranked, tiers);
    }

    private sealed record ParsedFile(PrefLibSummary Summary, List<(List<int[]> Groups, long Count, int Line)> Groups, RankRowTable? Ranked);

    private static ParsedFile Parse(TextReader reader, string fileName, bool categorical)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var header = new PrefLibHeader(fileName);
        var distinct = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = distinct.GetAlternateLookup<ReadOnlySpan<char>>();
        var entries = new List<(List<int[]> Groups, long Count, int Line)>();
        RankRowTable? ranked = null;
        int[]? ranks = null;
        var dataLines = 0L;
        var lineNo = 0;
        var lines = new SpanLineReader(reader);
        while (lines.TryReadLine(out var line))
        {
            lineNo++;
            var span = line.Trim();
            if (span.IsEmpty)
            {
                continue;
            }

            if (span[0] == '#')
            {
                if (dataLines > 0)
                {
                    throw new BallotFormatException(fileName, lineNo, "a header line follows data lines");
                }

                header.Accept(span, lineNo);
                continue;
            }

            if (header.Alternatives is not { } alternatives)
            {
                throw new BallotFormatException(fileName, lineNo, "data before the '# NUMBER ALTERNATIVES:' header");
            }

            dataLines++;
            if (!categorical)
            {
                ranked ??= new RankRowTable(alternatives);
                ranks ??= new int[alternatives];
                AddRankedLine(fileName, lineNo, span, ranks, ranked);
                continue;
            }

            var body = SplitDataLine(fileName, lineNo, span, out var count);
            if (lookup.TryGetValue(body, out var existing))
            {
                var e = entries[existing];
                entries[existing] = (e.Groups, checked(e.Count + count), e.Line);
                continue;
            }

            var groups = ParseGroups(fileName, lineNo, body, alternatives, categorical);
            distinct[body.ToString()] = entries.Count;
            entries.Add((groups, count, lineNo));
        }

        var voters = checked(entries.Sum(e => e.Count) + (ranked?.Voters ?? 0));
        var summary = header.Finish(categorical, voters, dataLines);
        ranked ??= categorical ? null : new RankRowTable(summary.Candidates.Count);
        return new ParsedFile(summary, entries, ranked);
    }

    /// <summary>Parses a ranking into <paramref name="ranks"/> (tier per alternative, -1 when unranked); returns the tier count.</summary>
    internal static int ParseRanks(string fileName, int line, ReadOnlySpan<char> body, int[] ranks)
    {
        Array.Fill(ranks, RankedBallot.Unranked);
        var tier = 0;
        var inBraces = false;
        var inTier = 0;
        var expectItem = true;
        var i = 0;
        while (i < body.Length)
        {
            var ch = body[i];
            if (ch == ' ' || ch == '\t')
            {
                i++;
            }
            else if (ch == '{')
            {
                if (inBraces || !expectItem)
                {
                    throw new BallotFormatException(fileName, line, $"unexpected '{{' at column {i + 1} of the ranking");
                }

                inBraces = true;
                inTier = 0;
                i++;
            }
            else if (ch == '}')
            {
                if (!inBraces)
                {
                    throw new BallotFormatException(fileName, line, $"unexpected '}}' at column {i + 1} of the ranking");
                }

                if (inTier == 0)
                {
                    throw new BallotFormatException(fileName, line, "an empty tie group '{}'");
                }

                inBraces = false;
                tier++;
                expectItem = false;
                i++;
            }
            else if (ch == ',')
            {
                if (expectItem && !(inBraces && inTier > 0))
                {
                    throw new BallotFormatException(fileName, line, $"a missing alternative before ',' at column {i + 1} of the ranking");
                }

                expectItem = true;
                i++;
            }
            else if (char.IsAsciiDigit(ch))
            {
                if (!expectItem)
                {
                    throw new BallotFormatException(fileName, line, $"a missing ',' at column {i + 1} of the ranking");
                }

                var start = i;
                var alt = 0L;
                while (i < body.Length && char.IsAsciiDigit(body[i]))
                {
                    alt = Math.Min((alt * 10) + (body[i] - '0'), int.MaxValue);
                    i++;
                }

                if (alt < 1 || alt > ranks.Length)
                {
                    throw new BallotFormatException(fileName, line, $"alternative {body[start..i]} is outside 1..{ranks.Length}");
                }

                if (ranks[alt - 1] != RankedBallot.Unranked)
                {
                    throw new BallotFormatException(fileName, line, $"alternative {alt} appears twice");
                }

                if (inBraces)
                {
                    ranks[alt - 1] = tier;
                    inTier++;
                }
                else
                {
                    ranks[alt - 1] = tier++;
                }

                expectItem = false;
            }
            else
            {
                throw new BallotFormatException(fileName, line, $"unexpected character '{ch}' at column {i + 1} of the ranking");
            }
        }

        if (inBraces)
        {
            throw new BallotFormatException(fileName, line, "a '{' is never closed");
        }

        if (expectItem && tier > 0)
        {
            throw new BallotFormatException(fileName, line, "the ranking ends with ','");
        }

        return tier;
    }

    private static List<int[]> ParseGroups(string fileName, int line, ReadOnlySpan<char> body, int alternatives, bool allowEmptyGroups)
    {
        var groups = new List<int[]>();
        var current = new List<int>();
        var inBraces = false;
        var expectItem = true;
        var i = 0;
        while (i < body.Length)
        {
            var ch = body[i];
            if (char.IsWhiteSpace(ch))
            {
                i++;
            }
            else if (ch == '{')
            {
                if (inBraces || !expectItem)
                {
                    throw new BallotFormatException(fileName, line, $"unexpected '{{' at column {i + 1} of the ranking");
                }

                inBraces = true;
                i++;
            }
            else if (ch == '}')
            {
                if (!inBraces)
                {
                    throw new BallotFormatException(fileName, line, $"unexpected '}}' at column {i + 1} of the ranking");
                }

                if (current.Count == 0 && !allowEmptyGroups)
                {
                    throw new BallotFormatException(fileName, line, "an empty tie group '{}'");
                }

                inBraces = false;
                groups.Add([.. current]);
                current.Clear();
                expectItem = false;
                i++;
            }
            else if (ch == ',')
            {
                if (expectItem && !(inBraces && current.Count > 0))
                {
                    throw new BallotFormatException(fileName, line, $"a missing alternative before ',' at column {i + 1} of the ranking");
                }

                expectItem = true;
                i++;
            }
            else if (char.IsAsciiDigit(ch))
            {
                if (!expectItem)
                {
                    throw new BallotFormatException(fileName, line, $"a missing ',' at column {i + 1} of the ranking");
                }

                var start = i;
                while (i < body.Length && char.IsAsciiDigit(body[i]))
                {
                    i++;
                }

                if (!int.TryParse(body[start..i], NumberStyles.None, CultureInfo.InvariantCulture, out var alt) || alt < 1 || alt > alternatives)
                {
                    throw new BallotFormatException(fileName, line, $"alternative {body[start..i]} is outside 1..{alternatives}");
                }

                if (inBraces)
                {
                    current.Add(alt - 1);
                }
                else
                {
                    groups.Add([alt - 1]);
                }

                expectItem = false;
            }
            else
            {
                throw new BallotFormatException(fileName, line, $"unexpected character '{ch}' at column {i + 1} of the ranking");
            }
        }

        if (inBraces)
        {
            throw new BallotFormatException(fileName, line, "a '{' is never closed");
        }

        if (expectItem && groups.Count > 0)
        {
            throw new BallotFormatException(fileName, line, "the ranking ends with ','");
        }

        var seen = new bool[alternatives];
        foreach (var alt in groups.SelectMany(g => g))
        {
            if (seen[alt])
            {
                throw new BallotFormatException(fileName, line, $"alternative {alt + 1} appears twice");
            }

            seen[alt] = true;
        }

        return groups;
    }
}
