namespace CollectiveAlignment.Randomness;

/// <summary>A deterministic source of uniformly distributed 64-bit words: what distinguishes the documented streams.</summary>
internal abstract class WordStream
{
    /// <summary>The next word.</summary>
    public abstract ulong Next();
}
