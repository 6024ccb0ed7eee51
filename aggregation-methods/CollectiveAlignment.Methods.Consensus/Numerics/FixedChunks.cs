namespace CollectiveAlignment.Methods.Consensus.Numerics;

/// <summary>
/// Splits a range into a fixed number of chunks that does not depend on the machine's core count.
/// Each chunk accumulates into its own buffer and the buffers are summed in chunk order, so parallel
/// floating-point sums are byte-identical on every machine and every run (docs/architecture.md, "Results are deterministic").
/// </summary>
internal static class FixedChunks
{
    /// <summary>The number of chunks: enough to keep a few cores busy, small enough that per-chunk buffers stay cheap.</summary>
    public const int Count = 16;

    public static (int Start, int End) Range(int chunk, int length)
    {
        var size = (length + Count - 1) / Count;
        var start = Math.Min(length, chunk * size);
        var end = Math.Min(length, start + size);
        return (start, end);
    }
}
