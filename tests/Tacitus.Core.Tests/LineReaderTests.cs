using Tacitus.Core.Text;

namespace Tacitus.Core.Tests;

public class LineReaderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("a\n")]
    [InlineData("a\r\nb\rc\n\nd")]
    [InlineData("\r\n\r\r\n\n")]
    [InlineData("0123456789abcdef\r\n0123456789abcdefXYZ\r")]
    public void Splits_lines_as_ReadLine_does_whatever_the_buffer_size(string text)
    {
        var expected = new List<string>();
        using (var r = new StringReader(text))
            for (string? l; (l = r.ReadLine()) is not null;) expected.Add(l);
        foreach (int size in new[] { 1, 2, 3, 16, 17, 4096 })
        {
            var got = new List<string>();
            using var lines = new LineReader(new StringReader(text), size);
            while (lines.TryReadLine(out var line)) got.Add(line.ToString());
            Assert.Equal(expected, got);
        }
    }

    [Fact]
    public void A_pool_gives_one_string_per_value()
    {
        var pool = new StringPool();
        var a = pool.Get("NOUN".AsSpan());
        var b = pool.Get("xNOUN".AsSpan(1));
        Assert.Same(a, b);
        Assert.Equal(1, pool.Count);
        Assert.Same(string.Empty, pool.Get([]));
    }
}
