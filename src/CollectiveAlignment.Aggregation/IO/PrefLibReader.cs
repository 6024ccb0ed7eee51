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
/// NUMBER UNIQUE ORDERS against the data. Identical ranking texts are parsed once, so memory grows with distinct ballots.
/// </remarks>
public static class PrefLibReader
{
    private static readonly string[] OrdinalTypes = ["soc", "soi", "toc", "toi"];

    /// <summary>Reads a ranked file (soc, soi, toc, toi) from <paramref name="path"/>.</summary>
    public static RankedProfile ReadRanked(string path, TruncationMode truncation = TruncationMode.UnrankedTiedAtBottom)
    {
        using var reader = new StreamReader(path);
        return ReadRanked(reader, Path.GetFileName(path), truncation);
    }

    /// <summary>Reads a ranked file; <paramref name="fileName"/> names it in errors and supplies the type when the header has none.</summary>
    /// <exception cref="BallotFormatException">The file is malformed.</exception>
    public static RankedProfile ReadRanked(TextReader reader, string fileName, TruncationMode truncation = TruncationMode.UnrankedTiedAtBottom)
    {
        var parsed = Parse(reader, fileName, categorical: false);
        var ranked = parsed.Ranked!;
        var ballots = new WeightedBallot<RankedBallot>[ranked.Entries.Count];
        for (var i = 0; i < ballots.Length; i++)
        {
            var (ballot, count, line) = ranked.Entries[i];
            var problem = parsed.DataType switch
            {
                "soc" when !ballot.IsStrict || !ballot.IsComplete => "a soc file needs a strict order of every alternative",
                "soi" when !ballot.IsStrict => "a soi file needs strict orders (no ties)",
                "toc" when !ballot.IsComplete => "a toc file needs every alternative ranked",
                _ => null,
            };
            if (problem is not null)
            {
                throw new BallotFormatException(fileName, line, problem);
            }

            ballots[i] = new WeightedBallot<RankedBallot>(ballot, count, count);
        }

        return new RankedProfile(parsed.Candidates, ballots, truncation, alreadyDistinct: true);
    }

    /// <summary>Reads a categorical (cat) file from <paramref name="path"/> as approval ballots.</summary>
    public static ApprovalProfile ReadCategorical(string path)
    {
        using var reader = new StreamReader(path);
        return ReadCategorical(reader, Path.GetFileName(path));
    }

    /// <summary>Reads a categorical file as approval ballots: the first category holds the approved alternatives.</summary>
    /// <exception cref="BallotFormatException">The file is malformed.</exception>
    public static ApprovalProfile ReadCategorical(TextReader reader, string fileName)
    {
        var parsed = Parse(reader, fileName, categorical: true);
        var ballots = new List<WeightedBallot<ApprovalBallot>>(parsed.Groups.Count);
        foreach (var (groups, count, line) in parsed.Groups)
        {
            if (parsed.CategoryCount is { } k && groups.Count != k)
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

            ballots.Add(new WeightedBallot<ApprovalBallot>(new ApprovalBallot(parsed.Candidates.Count, groups.Count > 0 ? groups[0] : []), count, count));
        }

        return new ApprovalProfile(parsed.Candidates, ballots);
    }

    private sealed record ParsedFile(CandidateSet Candidates, string DataType, int? CategoryCount, List<(List<int[]> Groups, long Count, int Line)> Groups, RankedAccumulator? Ranked);

    private static ParsedFile Parse(TextReader reader, string fileName, bool categorical)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var headers = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        var names = new SortedDictionary<int, string>();
        var distinct = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = distinct.GetAlternateLookup<ReadOnlySpan<char>>();
        var entries = new List<(List<int[]> Groups, long Count, int Line)>();
        RankedAccumulator? ranked = null;
        int? alternatives = null;
        var dataLines = 0L;
        var lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            var span = line.AsSpan().Trim();
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

                var header = span[1..].Trim();
                var colon = header.IndexOf(':');
                if (colon < 0)
                {
                    throw new BallotFormatException(fileName, lineNo, "a header line must read '# KEY: value'");
                }

                var key = header[..colon].Trim().ToString();
                var value = header[(colon + 1)..].Trim().ToString();
                if (key.StartsWith("ALTERNATIVE NAME ", StringComparison.OrdinalIgnoreCase))
                {
                    if (!int.TryParse(key.AsSpan("ALTERNATIVE NAME ".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < 1)
                    {
                        throw new BallotFormatException(fileName, lineNo, $"'{key}' does not end in an alternative number");
                    }

                    if (!names.TryAdd(index, value))
                    {
                        throw new BallotFormatException(fileName, lineNo, $"alternative {index} is named twice");
                    }
                }
                else
                {
                    headers[key] = (value, lineNo);
                    if (key.Equals("NUMBER ALTERNATIVES", StringComparison.OrdinalIgnoreCase))
                    {
                        var number = ParseHeaderInt(fileName, lineNo, key, value);
                        alternatives = number is >= 0 and <= 100_000 ? (int)number : throw new BallotFormatException(fileName, lineNo, $"NUMBER ALTERNATIVES {number} is out of range");
                    }
                }

                continue;
            }

            if (alternatives is null)
            {
                throw new BallotFormatException(fileName, lineNo, "data before the '# NUMBER ALTERNATIVES:' header");
            }

            dataLines++;
            var sep = span.IndexOf(':');
            if (sep < 0)
            {
                throw new BallotFormatException(fileName, lineNo, "a data line must read 'count: ranking'");
            }

            if (!long.TryParse(span[..sep].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
            {
                throw new BallotFormatException(fileName, lineNo, $"'{span[..sep].Trim()}' is not a positive count");
            }

            var body = span[(sep + 1)..].Trim();
            if (!categorical)
            {
                ranked ??= new RankedAccumulator(alternatives.Value);
                ranked.Add(body, count, lineNo, fileName);
                continue;
            }

            if (lookup.TryGetValue(body, out var existing))
            {
                var e = entries[existing];
                entries[existing] = (e.Groups, checked(e.Count + count), e.Line);
                continue;
            }

            var groups = ParseGroups(fileName, lineNo, body, alternatives.Value, categorical);
            distinct[body.ToString()] = entries.Count;
            entries.Add((groups, count, lineNo));
        }

        if (alternatives is null)
        {
            throw new BallotFormatException(fileName, null, "missing '# NUMBER ALTERNATIVES:' header");
        }

        for (var i = 1; i <= alternatives; i++)
        {
            if (!names.ContainsKey(i))
            {
                throw new BallotFormatException(fileName, null, $"missing '# ALTERNATIVE NAME {i}:' header");
            }
        }

        if (names.Keys.LastOrDefault() > alternatives)
        {
            throw new BallotFormatException(fileName, null, $"alternative {names.Keys.Last()} is named but NUMBER ALTERNATIVES is {alternatives}");
        }

        var extension = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
        var dataType = headers.TryGetValue("DATA TYPE", out var dt) ? dt.Value.ToLowerInvariant() : extension;
        if (headers.ContainsKey("DATA TYPE") && OrdinalTypes.Append("cat").Contains(extension) && extension != dataType)
        {
            throw new BallotFormatException(fileName, dt.Line, $"DATA TYPE '{dataType}' does not match the file extension '.{extension}'");
        }

        if (categorical ? dataType != "cat" : !OrdinalTypes.Contains(dataType))
        {
            throw new BallotFormatException(fileName, headers.TryGetValue("DATA TYPE", out var d) ? d.Line : null,
                $"data type '{dataType}' is not {(categorical ? "cat" : "one of soc, soi, toc, toi")}");
        }

        ranked ??= categorical ? null : new RankedAccumulator(alternatives.Value);
        var voters = entries.Sum(e => e.Count) + (ranked?.Voters ?? 0);
        if (headers.TryGetValue("NUMBER VOTERS", out var nv) && ParseHeaderInt(fileName, nv.Line, "NUMBER VOTERS", nv.Value) != voters)
        {
            throw new BallotFormatException(fileName, nv.Line, $"NUMBER VOTERS is {nv.Value} but the counts sum to {voters}");
        }

        if (headers.TryGetValue("NUMBER UNIQUE ORDERS", out var nu) && ParseHeaderInt(fileName, nu.Line, "NUMBER UNIQUE ORDERS", nu.Value) != dataLines)
        {
            throw new BallotFormatException(fileName, nu.Line, $"NUMBER UNIQUE ORDERS is {nu.Value} but there are {dataLines} data lines");
        }

        int? categories = headers.TryGetValue("NUMBER CATEGORIES", out var nc) ? (int)ParseHeaderInt(fileName, nc.Line, "NUMBER CATEGORIES", nc.Value) : null;
        CandidateSet candidates;
        try
        {
            candidates = new CandidateSet(names.Values);
        }
        catch (ArgumentException ex)
        {
            throw new BallotFormatException(fileName, null, ex.Message.Split(" (Parameter")[0]);
        }

        return new ParsedFile(candidates, dataType, categories, entries, ranked);
    }

    private static long ParseHeaderInt(string fileName, int line, string key, string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v
            : throw new BallotFormatException(fileName, line, $"{key} '{value}' is not a number");

    /// <summary>
    /// Merges ranked data lines by content as they are read: each line is parsed into a reused rank buffer and looked up by span,
    /// so a repeated ballot costs no allocation and memory grows with distinct ballots only.
    /// </summary>
    private sealed class RankedAccumulator(int alternatives)
    {
        private readonly int[] _ranks = new int[alternatives];
        private readonly Dictionary<RankedBallot, int> _index = new(RanksComparer.Instance);

        public List<(RankedBallot Ballot, long Count, int Line)> Entries { get; } = [];

        public long Voters { get; private set; }

        public void Add(ReadOnlySpan<char> body, long count, int line, string fileName)
        {
            var tiers = ParseRanks(fileName, line, body, _ranks);
            Voters = checked(Voters + count);
            var lookup = _index.GetAlternateLookup<ReadOnlySpan<int>>();
            if (lookup.TryGetValue(_ranks, out var existing))
            {
                var e = Entries[existing];
                Entries[existing] = (e.Ballot, checked(e.Count + count), e.Line);
                return;
            }

            var ballot = RankedBallot.FromCanonicalRanks([.. _ranks], tiers);
            _index[ballot] = Entries.Count;
            Entries.Add((ballot, count, line));
        }
    }

    /// <summary>Compares ballots by rank vector, and lets a rank span stand in for a ballot in lookups.</summary>
    private sealed class RanksComparer : IEqualityComparer<RankedBallot>, IAlternateEqualityComparer<ReadOnlySpan<int>, RankedBallot>
    {
        public static readonly RanksComparer Instance = new();

        public bool Equals(RankedBallot? x, RankedBallot? y) => ReferenceEquals(x, y) || (x is not null && x.Equals(y));

        public int GetHashCode(RankedBallot obj) => obj.GetHashCode();

        public bool Equals(ReadOnlySpan<int> alternate, RankedBallot other) => alternate.SequenceEqual(other.Ranks);

        public int GetHashCode(ReadOnlySpan<int> alternate) => RankedBallot.HashOf(alternate);

        public RankedBallot Create(ReadOnlySpan<int> alternate) => RankedBallot.FromRanks(alternate);
    }

    /// <summary>Parses a ranking into <paramref name="ranks"/> (tier per alternative, -1 when unranked); returns the tier count.</summary>
    private static int ParseRanks(string fileName, int line, ReadOnlySpan<char> body, int[] ranks)
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
