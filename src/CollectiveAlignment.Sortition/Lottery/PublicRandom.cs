using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace CollectiveAlignment.Sortition;

/// <summary>
/// The deterministic random stream behind every draw, defined so that anyone can re-implement it from the
/// public seed alone (no platform-specific <see cref="Random"/> algorithm is involved).
/// </summary>
/// <remarks>
/// Block <c>b</c> (b = 0, 1, 2, ...) is <c>SHA-256(UTF-8("calign-sortition-v1|" + seed + "|" + b))</c>, with <c>b</c> in
/// decimal. Each block yields four 64-bit words, read big-endian from bytes 0-7, 8-15, 16-23 and 24-31, consumed in order.
/// <see cref="NextDouble"/> is <c>(word &gt;&gt; 11) * 2^-53</c>, uniform in [0, 1). <see cref="NextInt"/>(n) takes words until one is
/// below <c>2^64 - (2^64 mod n)</c> and returns it mod n (rejection sampling, so exactly uniform).
/// </remarks>
public sealed class PublicRandom
{
    private readonly string _seed;
    private readonly ulong[] _words = new ulong[4];
    private long _block;
    private int _next = 4;

    /// <summary>Starts the stream for a public seed.</summary>
    /// <param name="seed">Any text, e.g. the digits announced before the draw.</param>
    public PublicRandom(string seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        _seed = seed;
    }

    /// <summary>The next 64-bit word.</summary>
    /// <returns>A uniformly distributed word.</returns>
    public ulong NextWord()
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

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    /// <returns>The number.</returns>
    public double NextDouble() => (NextWord() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, <paramref name="n"/>).</summary>
    /// <param name="n">Exclusive upper bound, at least 1.</param>
    /// <returns>The integer.</returns>
    public int NextInt(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var un = (ulong)n;
        var limit = ulong.MaxValue - (((ulong.MaxValue % un) + 1) % un);
        while (true)
        {
            var w = NextWord();
            if (w <= limit)
            {
                return (int)(w % un);
            }
        }
    }

    /// <summary>Chooses <paramref name="count"/> distinct items uniformly by a partial Fisher–Yates shuffle of a copy.</summary>
    /// <typeparam name="T">Item type.</typeparam>
    /// <param name="items">Items in a canonical order (the result depends on it).</param>
    /// <param name="count">How many to choose.</param>
    /// <returns>The chosen items in draw order.</returns>
    public IReadOnlyList<T> Choose<T>(IReadOnlyList<T> items, int count)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, items.Count);
        var copy = items.ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = i + NextInt(copy.Length - i);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy[..count];
    }
}
