namespace CollectiveAlignment.Randomness;

/// <summary>
/// SplitMix64 (Steele, Lea &amp; Flood 2014, "Fast splittable pseudorandom number generators"): a 64-bit state advanced
/// by the golden-ratio increment and mixed by two multiply-xorshift rounds. Tiny, fast, and fixed by this code rather
/// than by the runtime version.
/// </summary>
internal sealed class SplitMix64Stream : WordStream
{
    private ulong _state;

    /// <param name="seed">The initial state.</param>
    public SplitMix64Stream(ulong seed) => _state = seed;

    /// <inheritdoc />
    public override ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
