using System.Globalization;
using CollectiveAlignment.Aggregation.Ballots;

namespace CollectiveAlignment.Aggregation.IO;

/// <summary>
/// The header of a PrefLib file as it is read (<c># KEY: value</c> lines, alternative names), and the checks that need the
/// whole file: every alternative named, the data type, and NUMBER VOTERS / NUMBER UNIQUE ORDERS against the data.
/// Split from the line loop so the parallel reader checks exactly what the serial one does.
/// </summary>
internal sealed class PrefLibHeader(string fileName)
{
    private static readonly string[] OrdinalTypes = ["soc", "soi", "toc", "toi"];

    private readonly string _fileName = fileName;
    private readonly Dictionary<string, (string Value, int Line)> _headers = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedDictionary<int, string> _names = [];

    /// <summary>NUMBER ALTERNATIVES, once read.</summary>
    public int? Alternatives { get; private set; }

    /// <summary>Reads one header line: <paramref name="span"/> is trimmed and starts with '#'.</summary>
    public void Accept(ReadOnlySpan<char> span, int line)
    {
        var header = span[1..].Trim();
        var colon = header.IndexOf(':');
        if (colon < 0)
        {
            throw new BallotFormatException(_fileName, line, "a header line must read '# KEY: value'");
        }

        var key = header[..colon].Trim().ToString();
        var value = header[(colon + 1)..].Trim().ToString();
        if (key.StartsWith("ALTERNATIVE NAME ", StringComparison.OrdinalIgnoreCase))
        {
            if (!int.TryParse(key.AsSpan("ALTERNATIVE NAME ".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < 1)
            {
                throw new BallotFormatException(_fileName, line, $"'{key}' does not end in an alternative number");
            }

            if (!_names.TryAdd(index, value))
            {
                throw new BallotFormatException(_fileName, line, $"alternative {index} is named twice");
            }
        }
        else
        {
            _headers[key] = (value, line);
            if (key.Equals("NUMBER ALTERNATIVES", StringComparison.OrdinalIgnoreCase))
            {
                var number = ParseHeaderInt(_fileName, line, key, value);
                Alternatives = number is >= 0 and <= 100_000 ? (int)number : throw new BallotFormatException(_fileName, line, $"NUMBER ALTERNATIVES {number} is out of range");
            }
        }
    }

    /// <summary>The checks on the whole file, given the data's totals; returns what the readers build profiles from.</summary>
    public PrefLibSummary Finish(bool categorical, long voters, long dataLines)
    {
        if (Alternatives is null)
        {
            throw new BallotFormatException(_fileName, null, "missing '# NUMBER ALTERNATIVES:' header");
        }

        for (var i = 1; i <= Alternatives; i++)
        {
            if (!_names.ContainsKey(i))
            {
                throw new BallotFormatException(_fileName, null, $"missing '# ALTERNATIVE NAME {i}:' header");
            }
        }

        if (_names.Keys.LastOrDefault() > Alternatives)
        {
            throw new BallotFormatException(_fileName, null, $"alternative {_names.Keys.Last()} is named but NUMBER ALTERNATIVES is {Alternatives}");
        }

        var extension = Path.GetExtension(_fileName).TrimStart('.').ToLowerInvariant();
        var dataType = _headers.TryGetValue("DATA TYPE", out var dt) ? dt.Value.ToLowerInvariant() : extension;
        if (_headers.ContainsKey("DATA TYPE") && OrdinalTypes.Append("cat").Contains(extension) && extension != dataType)
        {
            throw new BallotFormatException(_fileName, dt.Line, $"DATA TYPE '{dataType}' does not match the file extension '.{extension}'");
        }

        if (categorical ? dataType != "cat" : !OrdinalTypes.Contains(dataType))
        {
            throw new BallotFormatException(_fileName, _headers.TryGetValue("DATA TYPE", out var d) ? d.Line : null,
                $"data type '{dataType}' is not {(categorical ? "cat" : "one of soc, soi, toc, toi")}");
        }

        if (_headers.TryGetValue("NUMBER VOTERS", out var nv) && ParseHeaderInt(_fileName, nv.Line, "NUMBER VOTERS", nv.Value) != voters)
        {
            throw new BallotFormatException(_fileName, nv.Line, $"NUMBER VOTERS is {nv.Value} but the counts sum to {voters}");
        }

        if (_headers.TryGetValue("NUMBER UNIQUE ORDERS", out var nu) && ParseHeaderInt(_fileName, nu.Line, "NUMBER UNIQUE ORDERS", nu.Value) != dataLines)
        {
            throw new BallotFormatException(_fileName, nu.Line, $"NUMBER UNIQUE ORDERS is {nu.Value} but there are {dataLines} data lines");
        }

        int? categories = null;
        if (_headers.TryGetValue("NUMBER CATEGORIES", out var nc))
        {
            // Checked, not cast: 4294967298 must not wrap to 2 and be accepted.
            var number = ParseHeaderInt(_fileName, nc.Line, "NUMBER CATEGORIES", nc.Value);
            categories = number is >= 0 and <= 100_000 ? (int)number : throw new BallotFormatException(_fileName, nc.Line, $"NUMBER CATEGORIES {number} is out of range");
        }

        CandidateSet candidates;
        try
        {
            candidates = new CandidateSet(_names.Values);
        }
        catch (ArgumentException ex)
        {
            throw new BallotFormatException(_fileName, null, ex.Message.Split(" (Parameter")[0]);
        }

        return new PrefLibSummary(candidates, dataType, categories);
    }

    /// <summary>Parses a numeric header value.</summary>
    public static long ParseHeaderInt(string fileName, int line, string key, string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v
            : throw new BallotFormatException(fileName, line, $"{key} '{value}' is not a number");
}
