namespace CollectiveAlignment.Aggregation.IO;

/// <summary>A read-only stream over bytes <c>[start, end)</c> of a seekable stream it owns, so each parallel part has its own reader.</summary>
internal sealed class StreamSlice : Stream
{
    private readonly Stream _file;
    private readonly long _end;

    public StreamSlice(Stream file, long start, long end)
    {
        _file = file;
        _file.Position = start;
        _end = end;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var left = _end - _file.Position;
        return left <= 0 ? 0 : _file.Read(buffer[..(int)Math.Min(buffer.Length, left)]);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
