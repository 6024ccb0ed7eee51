namespace CollectiveAlignment.Randomness;

/// <summary>
/// The seeded generator of every pure library: one of the documented word streams, with the same derived draws
/// (<see cref="NextDouble"/>, <see cref="NextInt"/>, <see cref="Choose{T}"/>, <see cref="Shuffle{T}"/>,
/// <see cref="NextGaussian"/>) on top of each.
/// </summary>
/// <remarks>
/// <para>Published results (a sortition draw, a tie-break, a model's start values) must be re-computable bit for bit
/// from their seed, on any runtime. <see cref="Random"/> cannot promise that (.NET has changed its algorithm before),
/// so the streams are defined here, in full, and fixed by known-answer tests.</para>
/// <para>Derived draws: <see cref="NextDouble"/> is <c>(word &gt;&gt; 11) * 2^-53</c>, uniform in [0, 1).
/// <see cref="NextInt"/>(n) takes words until one is at most <c>2^64 - 1 - (2^64 mod n)</c> and returns it mod n
/// (rejection sampling, so exactly uniform). <see cref="Choose{T}"/> is a partial Fisher–Yates shuffle from the front:
/// step i swaps item i with item <c>i + NextInt(count - i)</c>.</para>
/// </remarks>
public sealed class SeededRandom
{
    private readonly WordStream _words;

    private SeededRandom(WordStream words) => _words = words;

    /// <summary>
    /// The stream of public draws, which anyone can re-implement from the announced seed alone: block <c>b</c>
    /// (b = 0, 1, 2, ...) is <c>SHA-256(UTF-8("calign-sortition-v1|" + seed + "|" + b))</c>, with <c>b</c> in decimal; each
    /// block yields four 64-bit words, read big-endian from bytes 0-7, 8-15, 16-23 and 24-31, consumed in order.
    /// </summary>
    /// <param name="seed">Any text, e.g. the digits announced before the draw.</param>
    /// <returns>The generator.</returns>
    public static SeededRandom ForPublicDraw(string seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        return new SeededRandom(new PublicDrawStream(seed));
    }

    /// <summary>
    /// The SplitMix64 stream (Steele, Lea &amp; Flood 2014): state <c>s += 0x9E3779B97F4A7C15</c>, then
    /// <c>z = (s ^ (s &gt;&gt; 30)) * 0xBF58476D1CE4E5B9</c>, <c>z = (z ^ (z &gt;&gt; 27)) * 0x94D049BB133111EB</c>, word
    /// <c>z ^ (z &gt;&gt; 31)</c>. For numeric seeds: method parameters, tie-break seeds, solver perturbations.
    /// </summary>
    /// <param name="seed">The initial state.</param>
    /// <returns>The generator.</returns>
    public static SeededRandom FromSeed(ulong seed) => new(new SplitMix64Stream(seed));

    /// <summary>A generator over any word stream: for tests that need chosen words.</summary>
    internal static SeededRandom FromWords(WordStream words) => new(words);

    /// <summary>The next 64-bit word of the stream.</summary>
    /// <returns>A uniformly distributed word.</returns>
    public ulong NextWord() => _words.Next();

    /// <summary>Uniform in [0, 1) with 53 random bits: <c>(word &gt;&gt; 11) * 2^-53</c>.</summary>
    /// <returns>The number.</returns>
    public double NextDouble() => (NextWord() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, <paramref name="n"/>), by rejection sampling (exactly uniform).</summary>
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

    /// <summary>
    /// Standard normal by Box–Muller from two doubles, <c>sqrt(-2 ln(1 - u1)) cos(2π u2)</c>; the second value of the
    /// pair is discarded (simplicity over speed: it serves start values).
    /// </summary>
    /// <returns>The number.</returns>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
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
        ShufflePrefix(copy, count);
        return copy[..count];
    }

    /// <summary>Shuffles <paramref name="items"/> in place, uniformly: the full Fisher–Yates shuffle of <see cref="Choose{T}"/>.</summary>
    /// <typeparam name="T">Item type.</typeparam>
    /// <param name="items">Items in a canonical order (the result depends on it).</param>
    public void Shuffle<T>(Span<T> items) => ShufflePrefix(items, items.Length);

    private void ShufflePrefix<T>(Span<T> items, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var j = i + NextInt(items.Length - i);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
