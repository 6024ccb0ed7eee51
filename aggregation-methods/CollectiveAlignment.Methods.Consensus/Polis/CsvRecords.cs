using System.Text;

namespace CollectiveAlignment.Methods.Consensus.Polis;

/// <summary>
/// A minimal RFC 4180 reader: comma-separated, double-quoted fields with "" escapes and embedded line breaks
/// (Polis comment bodies contain both). Each record carries the physical line it starts on, for error messages.
/// </summary>
internal static class CsvRecords
{
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader, string fileName)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var fieldStarted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (fieldStarted || field.Length > 0 || fields.Count > 0)
                    {
                        fields.Add(field.ToString());
                        yield return (recordLine, fields.ToArray());
                    }

                    fields.Clear();
                    field.Clear();
                    fieldStarted = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(ch);
                    fieldStarted = true;
                    break;
            }
        }

        if (inQuotes)
        {
            throw new PolisFormatException(fileName, recordLine, "unterminated quoted field");
        }

        if (fieldStarted || field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields.ToArray());
        }
    }
}
