using System.Text;

namespace CollectiveAlignment.Sortition;

/// <summary>Minimal RFC 4180 reader and writer: commas, double-quoted fields with doubled quotes, CRLF or LF.</summary>
internal static class Csv
{
    /// <summary>Reads records with the 1-based line number on which each starts; blank lines are skipped.</summary>
    public static IEnumerable<(int Line, List<string> Fields)> Read(TextReader reader)
    {
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var start = lineNumber;
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var i = 0;
            while (true)
            {
                if (i == line.Length)
                {
                    if (!quoted)
                    {
                        fields.Add(field.ToString());
                        break;
                    }

                    // A quoted field continues on the next physical line.
                    var next = reader.ReadLine() ?? throw new SortitionCsvException(start, "a quoted field is not closed before the end of the file");
                    lineNumber++;
                    field.Append('\n');
                    line = next;
                    i = 0;
                    continue;
                }

                var ch = line[i];
                if (quoted)
                {
                    if (ch == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        quoted = false;
                    }
                    else
                    {
                        field.Append(ch);
                    }
                }
                else if (ch == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (ch == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(ch);
                }

                i++;
            }

            yield return (start, fields.Select(f => f.Trim()).ToList());
        }
    }

    /// <summary>Quotes a field if it needs it.</summary>
    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    /// <summary>Writes one record followed by a newline.</summary>
    public static void WriteRecord(TextWriter writer, IEnumerable<string> fields) => writer.Write(string.Join(',', fields.Select(Escape)) + "\n");
}
