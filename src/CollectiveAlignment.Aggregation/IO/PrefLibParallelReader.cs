using System.Runtime.ExceptionServices;
using System.Text;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Aggregation.IO;

/// <summary>
/// Reads a large ranked PrefLib file in parallel: the header as the serial reader reads it, then the data lines split at line
/// boundaries into parts that are parsed and compressed independently and merged in file order. The profile and every error
/// (file and line) are what the serial reader gives: a part stops at its first error, and the error of the earliest failing
/// part is reported with that part's line offset, which the parts before it (all complete) determine.
/// </summary>
internal static class PrefLibParallelReader
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The profile, or null when the file is one the serial reader should handle (not UTF-8, no data, data before the header).</summary>
    public static RankedProfile? TryRead(ISeekableSource source, string fileName, TruncationMode truncation, int parts)
    {
        if (Utf8PreambleLength(source) is not { } preamble)
        {
            return null;
        }

        var header = new PrefLibHeader(fileName);
        var firstDataLine = 0;
        using (var reader = new StreamReader(source.OpenRead()))
        {
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

                if (span[0] != '#')
                {
                    firstDataLine = lineNo;
                    break;
                }

                header.Accept(span, lineNo);
            }
        }

        if (firstDataLine == 0 || header.Alternatives is not { } alternatives)
        {
            return null;
        }

        long length;
        using (var whole = source.OpenRead())
        {
            length = whole.Length;
        }

        var bounds = new long[parts + 1];
        bounds[0] = LineStart(source, preamble, firstDataLine);
        bounds[parts] = length;
        for (var p = 1; p < parts; p++)
        {
            bounds[p] = Math.Max(bounds[p - 1], NextLineStart(source, bounds[0] + ((length - bounds[0]) * p / parts)));
        }

        var results = new PartResult[parts];
        Parallel.For(0, parts, p => results[p] = ParsePart(source, bounds[p], bounds[p + 1], fileName, alternatives));

        var offsets = new int[parts];
        var offset = firstDataLine - 1;
        var voters = 0L;
        var dataLines = 0L;
        for (var p = 0; p < parts; p++)
        {
            offsets[p] = offset;
            switch (results[p].Error)
            {
                case BallotFormatException e:
                    throw new BallotFormatException(fileName, offset + e.Line, e.Problem ?? e.Message);
                case { } other:
                    ExceptionDispatchInfo.Throw(other);
                    break;
            }

            voters = checked(voters + results[p].Table.Voters);
            dataLines += results[p].DataLines;
            offset = checked(offset + results[p].Lines);
        }

        var summary = header.Finish(categorical: false, voters, dataLines);
        return PrefLibReader.BuildRanked(summary, [.. results.Select(r => r.Table)], offsets, fileName, truncation);
    }

    private static PartResult ParsePart(ISeekableSource source, long start, long end, string fileName, int alternatives)
    {
        var table = new RankRowTable(alternatives);
        var ranks = new int[alternatives];
        var lineNo = 0;
        var dataLines = 0L;
        try
        {
            // No preamble detection: a part starts mid-file, where bytes are data, exactly as the serial reader decodes them.
            using var reader = new StreamReader(new StreamSlice(source.OpenRead(), start, end), Utf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
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
                    // The first part starts at a data line, so any header line in any part follows data.
                    throw new BallotFormatException(fileName, lineNo, "a header line follows data lines");
                }

                dataLines++;
                PrefLibReader.AddRankedLine(fileName, lineNo, span, ranks, table);
            }
        }
        catch (Exception e) when (e is BallotFormatException or OverflowException)
        {
            return new PartResult(table, lineNo, dataLines, e);
        }

        return new PartResult(table, lineNo, dataLines, null);
    }

    /// <summary>The UTF-8 preamble's length (0 or 3), or null when the file starts with another encoding's byte-order mark.</summary>
    private static int? Utf8PreambleLength(ISeekableSource source)
    {
        using var file = source.OpenRead();
        Span<byte> head = stackalloc byte[4];
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return 3;
        }

        return head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])
            ? null
            : 0;
    }

    /// <summary>The byte offset where line <paramref name="line"/> starts, counting terminators as <see cref="TextReader.ReadLine"/> does (\n, \r, \r\n).</summary>
    private static long LineStart(ISeekableSource source, int preamble, int line)
    {
        using var file = source.OpenRead();
        file.Position = preamble;
        var current = 1;
        var position = (long)preamble;
        while (current < line)
        {
            var b = file.ReadByte();
            if (b < 0)
            {
                break;
            }

            position++;
            if (b == '\r')
            {
                if (file.ReadByte() == '\n')
                {
                    position++;
                }
                else
                {
                    file.Position = position;
                }

                current++;
            }
            else if (b == '\n')
            {
                current++;
            }
        }

        return position;
    }

    /// <summary>The offset just after the first '\n' at or after <paramref name="from"/>, or the file's length.</summary>
    private static long NextLineStart(ISeekableSource source, long from)
    {
        using var file = source.OpenRead();
        file.Position = from;
        var buffer = new byte[1 << 16];
        var position = from;
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            var i = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (i >= 0)
            {
                return position + i + 1;
            }

            position += read;
        }

        return position;
    }

    private sealed record PartResult(RankRowTable Table, int Lines, long DataLines, Exception? Error);
}
