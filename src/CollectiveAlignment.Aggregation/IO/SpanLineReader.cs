namespace CollectiveAlignment.Aggregation.IO;

/// <summary>
/// Lines of a <see cref="TextReader"/> as spans over a reused buffer, split exactly as <see cref="TextReader.ReadLine"/> splits
/// them (\n, \r or \r\n; a last line without terminator counts, an empty remainder does not). A 10⁶-line file then costs no
/// string per line.
/// </summary>
internal sealed class SpanLineReader(TextReader reader)
{
    private readonly TextReader _reader = reader;
    private char[] _buffer = new char[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    // The last line ended in '\r' at the end of the buffer: a '\n' arriving next belongs to that terminator.
    private bool _skipLineFeed;

    /// <summary>The next line (valid until the next call), or false at the end.</summary>
    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            if (_skipLineFeed && pending.Length > 0)
            {
                _skipLineFeed = false;
                if (pending[0] == '\n')
                {
                    _start++;
                    continue;
                }
            }

            var i = pending.IndexOfAny('\r', '\n');
            if (i >= 0)
            {
                line = pending[..i];
                var consumed = i + 1;
                if (pending[i] == '\r')
                {
                    if (i + 1 < pending.Length)
                    {
                        consumed += pending[i + 1] == '\n' ? 1 : 0;
                    }
                    else
                    {
                        _skipLineFeed = true;
                    }
                }

                _start += consumed;
                return true;
            }

            if (_eof)
            {
                line = pending;
                _start = _end;
                return !pending.IsEmpty;
            }

            if (_start > 0)
            {
                pending.CopyTo(_buffer);
                _end = pending.Length;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, checked(_buffer.Length * 2));
            }

            var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
            _eof = read == 0;
            _end += read;
        }
    }
}
