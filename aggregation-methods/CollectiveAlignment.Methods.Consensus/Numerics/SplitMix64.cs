namespace CollectiveAlignment.Methods.Consensus.Numerics;

/// <summary>
/// A tiny seeded generator (Steele, Lea &amp; Flood 2014, "Fast splittable pseudorandom number generators").
/// We use our own rather than <see cref="Random"/> so that the stream for a seed is fixed by this code,
/// not by the runtime version: published results must be re-computable bit for bit.
/// </summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal by Box–Muller (one of the pair is discarded: simplicity over speed, it is only used for start values).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
