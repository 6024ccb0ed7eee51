using CollectiveAlignment.Aggregation.IO;

namespace CollectiveAlignment.Aggregation.Tests.IO;

public sealed class SpanLineReaderTests
{
    private static List<string> Spans(string text)
    {
        var lines = new List<string>();
        var reader = new SpanLineReader(new StringReader(text));
        while (reader.TryReadLine(out var line))
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private static List<string> ReadLines(string text)
    {
        var lines = new List<string>();
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("a\n")]
    [InlineData("a\n\n")]
    [InlineData("\r\n")]
    [InlineData("a\rb\r\nc\n\rd")]
    [InlineData("a\r")]
    [InlineData("\n\r\r\n\n")]
    public void Lines_AreSplitAsReadLineSplitsThem(string text) => Spans(text).ShouldBe(ReadLines(text));

    [Fact]
    public void Lines_AcrossBufferBoundaries_AreSplitAsReadLineSplitsThem()
    {
        // Lines of every length around the 64 Ki buffer, with \r\n pairs falling across its boundary.
        var rng = new Random(5);
        var parts = new List<string>();
        var length = 0;
        while (length < 400_000)
        {
            var line = new string('x', rng.Next(0, 3) == 0 ? rng.Next(60_000, 140_000) : rng.Next(0, 40));
            var end = rng.Next(3) switch { 0 => "\n", 1 => "\r", _ => "\r\n" };
            parts.Add(line + end);
            length += line.Length + end.Length;
        }

        var text = string.Concat(parts);
        Spans(text).ShouldBe(ReadLines(text));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\r\r\n")]
    public void Terminator_AtTheBufferEnd_IsSplitAsReadLineSplitsIt(string terminator)
    {
        var text = new string('x', (1 << 16) - 1) + terminator + "next\n";
        Spans(text).ShouldBe(ReadLines(text));
    }
}
