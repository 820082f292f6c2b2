using Tacitus.Core;

namespace Tacitus.Core.Tests;

public class DocumentTests
{
    private static Document WithSentences() => new Document("d", "One two. Three.")
    {
        Sentences = [new Sentence(new TextSpan(0, 8), 0, 3), new Sentence(new TextSpan(9, 15), 3, 2)],
        Tokens =
        [
            new Token(new TextSpan(0, 3), 0), new Token(new TextSpan(4, 7), 0), new Token(new TextSpan(7, 8), 0),
            new Token(new TextSpan(9, 14), 1), new Token(new TextSpan(14, 15), 1),
        ],
    };

    [Theory]
    [InlineData(0, 0)]
    [InlineData(7, 0)]
    [InlineData(8, -1)]
    [InlineData(9, 1)]
    [InlineData(14, 1)]
    [InlineData(15, -1)]
    public void SentenceAt_finds_the_sentence_holding_an_offset(int offset, int expected) =>
        Assert.Equal(expected, WithSentences().SentenceAt(offset));

    [Fact]
    public void SentenceTokens_slices_without_copying_text()
    {
        var doc = WithSentences();
        var toks = doc.SentenceTokens(1);
        Assert.Equal(2, toks.Length);
        Assert.Equal("Three", doc.TextOf(toks[0]));
    }

    /// <summary>A token's head as an index into the document's tokens: heads count from 1 within each sentence.</summary>
    [Fact]
    public void HeadOf_maps_a_sentence_relative_head_to_a_document_token()
    {
        var doc = WithSentences();
        doc = doc with
        {
            Tokens =
            [
                doc.Tokens[0] with { Head = 2 }, doc.Tokens[1] with { Head = 0 }, doc.Tokens[2] with { Head = 2 },
                doc.Tokens[3] with { Head = 0 }, doc.Tokens[4] with { Head = 1 },
            ],
        };
        Assert.Equal([1, -1, 1, -1, 3], Enumerable.Range(0, 5).Select(doc.HeadOf).ToArray());
        Assert.Equal(-1, WithSentences().HeadOf(0));                                          // not parsed yet
        Assert.Equal(-1, (doc with { Tokens = [.. doc.Tokens[..4], doc.Tokens[4] with { Head = 3 }] }).HeadOf(4)); // outside its sentence
    }

    [Fact]
    public void Spans_are_half_open()
    {
        var a = new TextSpan(0, 3);
        var b = new TextSpan(3, 5);
        Assert.False(a.Overlaps(b));
        Assert.True(a.Contains(2));
        Assert.False(a.Contains(3));
        Assert.Equal(new TextSpan(0, 5), TextSpan.Cover(a, b));
    }

    [Fact]
    public void Pipeline_runs_stages_in_order_and_records_them()
    {
        var catalog = new StageCatalog()
            .Register("upper", _ => new Stage("upper", d => d with { Title = (d.Title ?? "") + "U" }))
            .Register("lower", _ => new Stage("lower", d => d with { Title = (d.Title ?? "") + "L" }));
        var pipeline = new PipelineBuilder().AddFromConfig(new PipelineConfig(["lower", "upper"], "."), catalog).Build();
        var result = pipeline.Process(new Document("x", "text"));
        Assert.Equal("LU", result.Title);
        Assert.Equal(new[] { "lower", "upper" }, result.Stages.ToArray());
    }

    [Fact]
    public void Unknown_stage_is_a_clear_error()
    {
        var ex = Assert.Throws<TacitusException>(() => new StageCatalog().Create("nope", new PipelineConfig([], ".")));
        Assert.Contains("nope", ex.Message, StringComparison.Ordinal);
    }

    private sealed class Stage(string name, Func<Document, Document> f) : IDocumentProcessor
    {
        public string Name => name;
        public Document Process(Document document) => f(document);
    }

    [Fact]
    public void Covering_spans_finds_a_long_span_that_starts_far_before_among_many_short_ones()
    {
        // one long mention [0, 100) and twenty short ones after it: the question for [90, 95) must still see the long one
        var spans = new List<TextSpan> { new(0, 100) };
        for (int i = 0; i < 20; i++) spans.Add(new TextSpan(10 + 4 * i, 12 + 4 * i));
        var index = new CoveringSpans(spans);
        Assert.Equal(21, index.Count);
        Assert.True(index.Cover(new TextSpan(90, 95)));
        Assert.False(index.Cover(new TextSpan(95, 105)));
        Assert.True(index.Cover(new TextSpan(10, 12), s => s.Length == 2));
        Assert.False(index.Cover(new TextSpan(90, 95), s => s.Length == 2));
        Assert.False(new CoveringSpans([]).Cover(new TextSpan(0, 1)));
    }
}
