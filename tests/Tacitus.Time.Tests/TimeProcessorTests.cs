using System.Collections.Immutable;
using Tacitus.Core;
using Tacitus.Nlp.Tokenization;

namespace Tacitus.Time.Tests;

public class TimeProcessorTests
{
    private static readonly DateOnly Published = new(2025, 5, 14);

    private static Document Showcase()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "examples", "istanbul-talks-2025-05-14.txt");
        var doc = new Document("istanbul", File.ReadAllText(path)) { PublicationDate = Published };
        return new TimeProcessor().Process(new Tokenizer().Process(doc));
    }

    [Fact]
    public void Showcase_times_are_resolved()
    {
        var doc = Showcase();
        var found = doc.Times.Select(t => (doc.TextOf(t.Span), t.Type, t.Value)).ToList();
        Assert.Contains(("last year", "DATE", "2024"), found);
        Assert.Contains(("Feb. 28", "DATE", "2025-02-28"), found);
        Assert.Contains(("30-day", "DURATION", "P30D"), found);
        // "are scheduled for Istanbul on Thursday" and "Zelenskyy is set to meet … on Thursday".
        var thursdays = doc.Times.Where(t => doc.TextOf(t.Span) == "Thursday").ToList();
        Assert.Equal(2, thursdays.Count);
        Assert.All(thursdays, t => Assert.Equal("2025-05-15", t.Value));
        Assert.All(doc.Times, t => Assert.StartsWith(TimeProcessor.ProducerPrefix, t.Producer, StringComparison.Ordinal));
    }

    [Fact]
    public void Sentence_indexes_point_at_the_holding_sentence()
    {
        var doc = Showcase();
        foreach (var t in doc.Times)
        {
            Assert.True(t.Sentence >= 0);
            Assert.True(doc.Sentences[t.Sentence].Span.Contains(t.Span));
        }
    }

    [Fact]
    public void Output_does_not_depend_on_the_tokenizer()
    {
        const string text = "The Feb. 28 strike killed three. Talks are set for Thursday.";
        var bare = new TimeProcessor().Process(new Document("a", text) { PublicationDate = Published });
        var tokenized = new TimeProcessor().Process(new Tokenizer().Process(new Document("a", text) { PublicationDate = Published }));
        Assert.Equal(bare.Times.Select(t => (t.Span, t.Value)), tokenized.Times.Select(t => (t.Span, t.Value)));
        Assert.Equal(2, bare.Times.Length);
    }

    [Fact]
    public void Xpos_tags_decide_the_tense_when_present()
    {
        // "cleared" is a past verb (VBD) here: without tags the -ed heuristic agrees; tagged as JJ it is no tense marker
        // and the future "will" further away decides.
        const string text = "Protesters cleared Friday the square where crowds will gather.";
        var words = new[] { "Protesters", "cleared", "Friday", "the", "square", "where", "crowds", "will", "gather", "." };
        ImmutableArray<Token> Tag(string clearedTag)
        {
            var tokens = ImmutableArray.CreateBuilder<Token>();
            int at = 0;
            foreach (var w in words)
            {
                int s = text.IndexOf(w, at, StringComparison.Ordinal);
                at = s + w.Length;
                tokens.Add(new Token(new TextSpan(s, at), 0) { Xpos = w == "cleared" ? clearedTag : w == "will" ? "MD" : "NN" });
            }
            return tokens.ToImmutable();
        }
        var past = TimexRecognizer.Recognize(text, Published, Tag("VBD"));
        Assert.Equal("2025-05-09", Assert.Single(past).Value);
        var future = TimexRecognizer.Recognize(text, Published, Tag("JJ"));
        Assert.Equal("2025-05-16", Assert.Single(future).Value);
    }

    [Fact]
    public void Processor_is_registered_under_its_stage_name() => Assert.Equal("times", new TimeProcessor().Name);
}
