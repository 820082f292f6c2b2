using System.Text;
using Tacitus.Engine.Input;

namespace Tacitus.Engine.Tests;

[Collection("memory")]
public sealed class JsonlStreamingTests
{
    private static List<JsonlLine> Lines(byte[] bytes, long max = 1_000_000, int readSize = int.MaxValue) =>
        JsonlLines.Read(new TrickleStream(bytes, readSize), max).ToList();

    [Fact]
    public void Splits_lines_across_reads_and_handles_crlf_bom_and_a_last_line_without_newline()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"a\":\"Erdo\u011Fan\"}\r\n\n{\"b\":2}")).ToArray();
        foreach (int size in new[] { 1, 2, 3, 7, 4096 })
        {
            var lines = Lines(bytes, readSize: size);
            Assert.Equal(3, lines.Count);
            Assert.Equal(new JsonlLine(1, "{\"a\":\"Erdo\u011Fan\"}", null), lines[0]);
            Assert.Equal(new JsonlLine(2, "", null), lines[1]);
            Assert.Equal(new JsonlLine(3, "{\"b\":2}", null), lines[2]);
        }
    }

    [Fact]
    public void A_line_over_the_limit_is_reported_and_skipped_and_the_next_line_is_read()
    {
        var big = new string('x', 200_000);
        var bytes = Encoding.UTF8.GetBytes($"{{\"t\":\"{big}\"}}\n{{\"t\":\"ok\"}}\n");
        var lines = Lines(bytes, max: 100_000);
        Assert.Equal(2, lines.Count);
        Assert.Null(lines[0].Text);
        Assert.Contains("longer than 100,000 bytes", lines[0].Problem, StringComparison.Ordinal);
        Assert.Equal("{\"t\":\"ok\"}", lines[1].Text);
    }

    [Fact]
    public void Invalid_utf8_in_one_line_does_not_lose_the_others()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"t\":\"a\"}\n").Concat(new byte[] { (byte)'{', 0xC3, 0x28, (byte)'}', (byte)'\n' })
            .Concat(Encoding.UTF8.GetBytes("{\"t\":\"c\"}")).ToArray();
        var lines = Lines(bytes);
        Assert.Equal(["{\"t\":\"a\"}", null, "{\"t\":\"c\"}"], lines.Select(l => l.Text));
        Assert.Contains("not valid UTF-8", lines[1].Problem, StringComparison.Ordinal);
        Assert.Equal(2, lines[1].Number);
    }

    [Fact]
    public void Memory_stays_bounded_on_a_one_gigabyte_stream()
    {
        const long total = 1L << 30;
        using var source = new GeneratedJsonl(total);
        long lines = 0, maxHeap = 0;
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        foreach (var line in JsonlLines.Read(source, 1 << 20))
        {
            Assert.NotNull(line.Text);
            // Live memory after a full collection: what the reader keeps, not garbage awaiting collection.
            if (++lines % 100_000 == 0) maxHeap = Math.Max(maxHeap, GC.GetTotalMemory(forceFullCollection: true) - baseline);
        }
        Assert.True(source.Produced >= total, $"only {source.Produced} bytes produced");
        Assert.Equal(source.Lines, lines);
        // The stream is 1 GB; the reader must keep only a buffer and the current line alive.
        Assert.True(maxHeap < 64L << 20, $"live managed memory grew by {maxHeap / (1 << 20)} MB while streaming 1 GB");
    }

    [Fact]
    public void Jsonl_on_standard_input_is_read_line_by_line_with_problems_reported_per_line()
    {
        var input = "\n  {\"id\":\"a\",\"text\":\"Putin refused.\",\"date\":\"2025-05-14\"}\nnot json\n{\"id\":\"b\",\"text\":\"Zelenskyy met Erdogan.\"}";
        var problems = new List<InputProblem>();
        var reader = new DocumentReader(stdin: () => new StringReader(input), maxChars: 1000);
        reader.Problem += problems.Add;
        var docs = reader.Read(["-"]).ToList();
        Assert.Equal(["a", "b"], docs.Select(d => d.Id));
        Assert.Equal(new DateOnly(2025, 5, 14), docs[0].PublicationDate);
        var p = Assert.Single(problems);
        Assert.Equal("<stdin>:3", p.Source);
    }

    [Fact]
    public void Plain_text_on_standard_input_over_the_limit_is_rejected_without_reading_it_all()
    {
        var reader = new DocumentReader(stdin: () => new StringReader(new string('a', 50_000)), maxChars: 10_000);
        var problems = new List<InputProblem>();
        reader.Problem += problems.Add;
        Assert.Empty(reader.Read(["-"]));
        Assert.Contains("10,000-character document limit", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_file_is_streamed_with_line_numbers_in_problems()
    {
        var dir = Directory.CreateTempSubdirectory("tacitus-jsonl-");
        try
        {
            var path = Path.Combine(dir.FullName, "feed.jsonl");
            File.WriteAllBytes(path, Encoding.UTF8.GetBytes("{\"text\":\"one\"}\n{\"text\":\"" + new string('z', 5000) + "\"}\n{\"text\":\"three\"}\n"));
            var problems = new List<InputProblem>();
            var reader = new DocumentReader(maxChars: 1000);
            reader.Problem += problems.Add;
            var docs = reader.Read([path]).ToList();
            Assert.Equal(["one", "three"], docs.Select(d => d.Text));
            Assert.Equal(path + ":2", Assert.Single(problems).Source);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Hands out at most <c>readSize</c> bytes per Read, to exercise buffer boundaries.</summary>
    private sealed class TrickleStream(byte[] data, int readSize) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, readSize));
    }

    /// <summary>An endless-looking JSONL stream made on the fly, so the test needs neither disk nor memory.</summary>
    private sealed class GeneratedJsonl(long total) : Stream
    {
        private readonly byte[] _line = Encoding.UTF8.GetBytes(
            "{\"id\":\"x\",\"date\":\"2025-05-14\",\"text\":\"" + string.Concat(Enumerable.Repeat("Russian and Ukrainian delegations met in Istanbul. ", 40)) + "\"}\n");
        private int _pos;

        public long Produced { get; private set; }
        public long Lines { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Produced; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Produced >= total && _pos == 0) return 0;
            int n = Math.Min(count, _line.Length - _pos);
            Array.Copy(_line, _pos, buffer, offset, n);
            _pos += n;
            Produced += n;
            if (_pos == _line.Length)
            {
                _pos = 0;
                Lines++;
            }
            return n;
        }
    }
}

/// <summary>Tests that measure process memory run alone, not beside tests that allocate heavily.</summary>
[CollectionDefinition("memory", DisableParallelization = true)]
public sealed class MemoryCollection;
