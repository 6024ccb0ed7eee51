using CsCheck;

namespace CollectiveAlignment.Randomness.Tests;

/// <summary>Range, rejection and uniformity of the draws derived from the word streams.</summary>
public sealed class DerivedDrawTests
{
    [Fact]
    public void NextInt_AnyBound_StaysInRange()
    {
        Gen.Select(Gen.ULong, Gen.Int[1, int.MaxValue]).Sample((seed, n) =>
        {
            var random = SeededRandom.FromSeed(seed);
            for (var i = 0; i < 20; i++)
            {
                var value = random.NextInt(n);
                (value >= 0 && value < n).ShouldBeTrue($"seed {seed}, n {n}: {value}");
            }
        });
    }

    [Fact]
    public void NextInt_WordInTheLastPartialBlock_IsRejected()
    {
        // 2^64 - 1 is divisible by 3, so the words 0 .. 2^64 - 2 split evenly into three residues and the top word is the
        // partial block that rejection skips: plain modulo would return 0 here, rejection takes the next word (5 mod 3).
        var random = SeededRandom.FromWords(new FixedWords(ulong.MaxValue, 5));
        random.NextInt(3).ShouldBe(2);
    }

    [Fact]
    public void NextInt_WordBelowTheLimit_IsKept()
    {
        var random = SeededRandom.FromWords(new FixedWords(ulong.MaxValue - 1, 5));
        random.NextInt(3).ShouldBe((int)((ulong.MaxValue - 1) % 3));
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(20140618UL)]
    public void NextInt_SmallBound_IsUniform(ulong seed)
    {
        // Chi-square with 9 degrees of freedom; 27.88 is its 0.999 quantile (fixed seeds, so the test is deterministic).
        var random = SeededRandom.FromSeed(seed);
        var counts = new int[10];
        const int draws = 5_000;
        for (var i = 0; i < draws; i++)
        {
            counts[random.NextInt(10)]++;
        }

        var chiSquare = counts.Sum(c => (c - (draws / 10.0)) * (c - (draws / 10.0)) / (draws / 10.0));
        chiSquare.ShouldBeLessThan(27.88);
    }

    [Fact]
    public void NextInt_BoundBelowOne_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => SeededRandom.FromSeed(1).NextInt(0));
    }

    [Fact]
    public void Choose_AnyCount_ReturnsDistinctItemsOfTheInput()
    {
        Gen.Select(Gen.String, Gen.Int[0, 40], Gen.Int[0, 40]).Sample((seed, size, count) =>
        {
            var items = Enumerable.Range(0, size).ToList();
            var take = Math.Min(count, size);
            var chosen = SeededRandom.ForPublicDraw(seed).Choose(items, take);
            chosen.Count.ShouldBe(take);
            chosen.Distinct().Count().ShouldBe(take);
            chosen.ShouldAllBe(i => i >= 0 && i < size);
        });
    }

    [Fact]
    public void Choose_MoreThanAvailable_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => SeededRandom.FromSeed(1).Choose([1, 2], 3));
    }

    [Fact]
    public void Shuffle_SameSeed_IsTheFullChoose()
    {
        Gen.Select(Gen.ULong, Gen.Int[0, 30]).Sample((seed, size) =>
        {
            var items = Enumerable.Range(0, size).ToArray();
            SeededRandom.FromSeed(seed).Shuffle(items.AsSpan());
            items.ShouldBe(SeededRandom.FromSeed(seed).Choose(Enumerable.Range(0, size).ToList(), size));
            items.Order().ShouldBe(Enumerable.Range(0, size));
        });
    }

    [Fact]
    public void Shuffle_ThreeItems_EveryOrderAboutEquallyOften()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = SeededRandom.FromSeed(2024);
        const int shuffles = 6_000;
        for (var i = 0; i < shuffles; i++)
        {
            var items = new[] { 'a', 'b', 'c' };
            random.Shuffle(items.AsSpan());
            var key = new string(items);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        counts.Count.ShouldBe(6);
        counts.Values.ShouldAllBe(c => Math.Abs(c - 1_000) < 120);
    }
}
