using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace CollectiveAlignment.Randomness;

/// <summary>
/// The SHA-256 counter stream of public draws: block <c>b</c> is <c>SHA-256(UTF-8("calign-sortition-v1|" + seed + "|" + b))</c>,
/// read as four big-endian words. Anyone can re-implement it from the announced seed with any SHA-256 library.
/// </summary>
internal sealed class PublicDrawStream : WordStream
{
    private readonly string _seed;
    private readonly ulong[] _words = new ulong[4];
    private long _block;
    private int _next = 4;

    /// <param name="seed">The public seed.</param>
    public PublicDrawStream(string seed) => _seed = seed;

    /// <inheritdoc />
    public override ulong Next()
    {
        if (_next == 4)
        {
            Span<byte> hash = stackalloc byte[32];
            var input = Encoding.UTF8.GetBytes(FormattableString.Invariant($"calign-sortition-v1|{_seed}|{_block}"));
            SHA256.HashData(input, hash);
            for (var i = 0; i < 4; i++)
            {
                _words[i] = BinaryPrimitives.ReadUInt64BigEndian(hash.Slice(i * 8, 8));
            }

            _block++;
            _next = 0;
        }

        return _words[_next++];
    }
}
