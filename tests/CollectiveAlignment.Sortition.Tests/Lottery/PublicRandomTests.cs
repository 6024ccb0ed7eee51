using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace CollectiveAlignment.Sortition.Tests;

public sealed class PublicRandomTests
{
    [Fact]
    public void NextWord_FirstWord_FollowsDocumentedHashConstruction()
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("calign-sortition-v1|12345|0"));
        var expected = BinaryPrimitives.ReadUInt64BigEndian(hash.AsSpan(0, 8));
        new PublicRandom("12345").NextWord().ShouldBe(expected);
    }

    [Fact]
    public void NextWord_FifthWord_ComesFromSecondBlock()
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("calign-sortition-v1|seed|1"));
        var random = new PublicRandom("seed");
        for (var i = 0; i < 4; i++)
        {
            random.NextWord();
        }

        random.NextWord().ShouldBe(BinaryPrimitives.ReadUInt64BigEndian(hash.AsSpan(0, 8)));
    }

    [Fact]
    public void NextInt_SameSeed_SameSequenceWithinRange()
    {
        var a = new PublicRandom("x");
        var b = new PublicRandom("x");
        for (var i = 0; i < 1000; i++)
        {
            var value = a.NextInt(7);
            value.ShouldBe(b.NextInt(7));
            value.ShouldBeInRange(0, 6);
        }
    }

    [Fact]
    public void Choose_Always_ReturnsDistinctItems()
    {
        var chosen = new PublicRandom("c").Choose(Enumerable.Range(0, 50).ToList(), 20);
        chosen.Distinct().Count().ShouldBe(20);
    }
}
