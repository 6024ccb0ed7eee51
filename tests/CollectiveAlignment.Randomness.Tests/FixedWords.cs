namespace CollectiveAlignment.Randomness.Tests;

/// <summary>A word stream that replays given words, to drive the derived draws into chosen cases.</summary>
internal sealed class FixedWords(params ulong[] words) : WordStream
{
    private int _next;

    public override ulong Next() => words[_next++];
}
